using IntegrationFunding.Domain.Profiles;
using IntegrationFunding.Domain.Programmes;
using IntegrationFunding.Domain.Taxonomy;

namespace IntegrationFunding.Api.Ui.Profiles;

/// <summary>
/// INTERIM hard rules and ranking (region, applicant/partner role, own share, time, goals) so the UI works end to
/// end before feat/matching lands. Returns null when no goal or target group of the profile fits the programme.
/// </summary>
public static class InterimMatcher
{
    private static readonly string[] Associations = ["verein", "migrantenorganisation", "wohlfahrtsverband", "bildungstraeger", "religionsgemeinschaft"];

    public static ProfileMatch? Match(MunicipalityProfile profile, Programme p, DateOnly today, IReadOnlyDictionary<ProfileGoal, IReadOnlyDictionary<string, double>> relevance)
    {
        ArgumentNullException.ThrowIfNull(profile);
        ArgumentNullException.ThrowIfNull(p);
        ArgumentNullException.ThrowIfNull(relevance);
        var reasons = new List<string>();
        var warnings = new List<string>();
        var matchedGoals = new List<string>();
        double score = 0;
        foreach (var goal in profile.Goals)
        {
            var text = relevance.GetValueOrDefault(goal)?.GetValueOrDefault(p.Id) ?? 0;
            if (p.Topics.Contains(goal.Topic) || text > 0)
            {
                score += (4 - goal.Priority) * (p.Topics.Contains(goal.Topic) ? 1.0 : 0.5) + Math.Min(text, 10) / 10;
                var label = string.IsNullOrWhiteSpace(goal.Text) ? Vocabularies.Topics.LabelOf(goal.Topic) : goal.Text;
                matchedGoals.Add(goal.Topic);
                reasons.Add($"Passt zu Ihrem Ziel „{label}“ (Priorität {goal.Priority}).");
            }
        }

        var groups = profile.TargetGroups.Intersect(p.TargetGroups).ToList();
        if (groups.Count > 0)
        {
            score += 0.5 * groups.Count;
            reasons.Add($"Zielgruppe: {GermanText.Join(groups.Select(Vocabularies.TargetGroups.LabelOf))}.");
        }

        if (score <= 0)
        {
            return null;
        }

        var eligibility = ProfileMatch.Eligible;
        void Unknown(string warning) { warnings.Add(warning); if (eligibility == ProfileMatch.Eligible) { eligibility = ProfileMatch.Unknown; } }

        if (p.States.Count > 0 && !p.States.Contains(profile.State))
        {
            eligibility = ProfileMatch.Ineligible;
            reasons.Add($"Nur in {GermanText.Join(p.States.Select(Vocabularies.States.LabelOf))}.");
        }
        else
        {
            reasons.Add(p.States.Count == 0 ? "Bundesweit ausgeschrieben." : $"Gilt in {Vocabularies.States.LabelOf(profile.State)}.");
        }

        var role = ProfileMatch.Applicant;
        if (p.Applicants.Contains(profile.Kind) || p.MunicipalitiesEligible == true)
        {
            reasons.Add($"{Vocabularies.Applicants.LabelOf(profile.Kind)} darf den Antrag stellen.");
        }
        else if (p.Applicants.Any(a => Associations.Contains(a)))
        {
            role = ProfileMatch.Partner;
            warnings.Add("Antrag nur durch freie Träger – Ihre Kommune kann Kooperationspartner sein.");
        }
        else if (p.Applicants.Count == 0)
        {
            Unknown("Wer antragsberechtigt ist, nennt die Quelle nicht.");
        }
        else
        {
            eligibility = ProfileMatch.Ineligible;
        }

        if (p.OwnShareMinPercent is { } share)
        {
            if (profile.MaxOwnSharePercent is { } max && share > max)
            {
                eligibility = ProfileMatch.Ineligible;
            }
            else
            {
                reasons.Add($"Eigenanteil mindestens {share:0.##} % – im Rahmen Ihres Budgets.");
            }
        }
        else
        {
            Unknown("Eigenanteil in der Quelle nicht genannt.");
        }

        if (profile.BudgetConsolidation && p.OwnShareNote is { } note
            && (note.Contains("Haushaltssicherung", StringComparison.OrdinalIgnoreCase) || note.Contains("finanzschwach", StringComparison.OrdinalIgnoreCase)))
        {
            reasons.Add("Hinweis der Quelle zu finanzschwachen Kommunen / Haushaltssicherung – bitte prüfen.");
        }

        var status = ProgrammeTimeline.Status(p, today);
        var next = ProgrammeTimeline.NextDeadline(p, today);
        if (status == ProgrammeStatus.Closed || (next is { } d && d > today.AddMonths(profile.HorizonMonths)))
        {
            eligibility = ProfileMatch.Ineligible;
        }
        else if (next is { } deadline && deadline.DayNumber - today.DayNumber <= 30)
        {
            warnings.Add($"Frist in {deadline.DayNumber - today.DayNumber} Tagen.");
            score += 0.5;
        }
        else if (next is null && p.DeadlineType != DeadlineTypes.Rolling)
        {
            Unknown("Keine Frist bekannt – bitte beim Fördergeber nachfragen.");
        }

        return new ProfileMatch(p, Math.Round(score, 3), eligibility, role, reasons, warnings, matchedGoals);
    }
}
