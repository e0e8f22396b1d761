using IntegrationFunding.Domain.Profiles;
using IntegrationFunding.Domain.Programmes;

namespace IntegrationFunding.Matching.Rules;

/// <summary>Time: not closed, and a deadline within the profile's horizon or applications at any time.</summary>
internal static class TimeRule
{
    /// <summary>Deadlines this close (days) earn a warning.</summary>
    public const int SoonDays = 30;

    public static RuleOutcome Judge(MunicipalityProfile profile, Programme programme, DateOnly today, string status, DateOnly? next)
    {
        if (status == ProgrammeStatus.Closed)
        {
            return RuleOutcome.Ineligible(programme.ProgrammeEnd < today || programme.Lifecycle == ProgrammeLifecycle.Ended
                ? "Das Programm ist beendet."
                : "Keine offene Antragsfrist: das Programm ist geschlossen oder die Frist ist abgelaufen.");
        }

        var horizonEnd = today.AddMonths(Math.Max(1, profile.HorizonMonths));
        if (next is { } deadline)
        {
            var days = deadline.DayNumber - today.DayNumber;
            if (deadline > horizonEnd)
            {
                return RuleOutcome.Ineligible($"Nächste Frist am {GermanText.Date(deadline)} – nach Ihrem Planungshorizont von {profile.HorizonMonths} Monaten.");
            }

            var warning = days <= SoonDays ? (days == 0 ? "Frist heute." : $"Frist in {days} Tagen.") : null;
            return RuleOutcome.Eligible($"Nächste Frist am {GermanText.Date(deadline)}.", warning);
        }

        if (programme.DeadlineType == DeadlineTypes.Rolling && status == ProgrammeStatus.Open)
        {
            return RuleOutcome.Eligible("Anträge laufend möglich.");
        }

        if (status == ProgrammeStatus.Upcoming)
        {
            return RuleOutcome.Unknown($"Das Programm startet am {GermanText.Date(programme.ProgrammeStart!.Value)}; eine Frist ist noch nicht bekannt.", "Programm noch nicht gestartet.");
        }

        return programme.DeadlineType == DeadlineTypes.Rolling
            ? RuleOutcome.Unknown("Laufende Antragstellung laut Quelle, aber nicht belegt, ob das Programm noch läuft.", "Ob das Programm noch läuft, ist nicht belegt.")
            : RuleOutcome.Unknown("Keine aktuelle Frist bekannt.", "Frist unbekannt: in der Quelle nicht genannt – beim Fördergeber nachfragen.");
    }
}
