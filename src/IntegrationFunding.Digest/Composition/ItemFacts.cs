using IntegrationFunding.Domain.Programmes;
using IntegrationFunding.Domain.Taxonomy;

namespace IntegrationFunding.Digest.Composition;

/// <summary>The facts every digest item shows, in plain German: who may apply, own share, deadline.</summary>
internal static class ItemFacts
{
    public static string Applicants(Programme programme)
    {
        if (programme.Applicants.Count == 0)
        {
            return "Nicht angegeben – bitte in der Quelle prüfen.";
        }

        var text = string.Join(", ", programme.Applicants.Select(Vocabularies.Applicants.LabelOf));
        return programme.MunicipalitiesEligible == false
            ? text + " (die Kommune selbst nicht – sie kann Partnerin sein)"
            : text;
    }

    public static string OwnShare(Programme programme)
    {
        var parts = new List<string>();
        if (programme.OwnShareMinPercent is { } own)
        {
            parts.Add("mindestens " + GermanFormat.Percent(own));
        }

        if (programme.FundingRateMaxPercent is { } rate)
        {
            parts.Add("Förderquote bis " + GermanFormat.Percent(rate));
        }

        if (programme.OwnShareNote is { Length: > 0 } note)
        {
            parts.Add(note);
        }

        return parts.Count == 0 ? "In der Quelle nicht genannt." : string.Join("; ", parts);
    }

    public static (string Text, int? DaysLeft) Deadline(Programme programme, DateOnly today)
    {
        if (ProgrammeTimeline.NextDeadline(programme, today) is { } next)
        {
            var days = next.DayNumber - today.DayNumber;
            return ($"{GermanFormat.Date(next)} – {GermanFormat.DaysLeft(days)}", days);
        }

        return programme.DeadlineType switch
        {
            DeadlineTypes.Rolling => ("Laufend – Anträge jederzeit möglich.", null),
            DeadlineTypes.Closed => ("Keine Anträge mehr möglich.", null),
            _ when programme.Evidence.TryGetValue("deadlines", out var evidence) => ($"Laut Quelle: „{evidence.Quote}“", null),
            _ => ("Keine Frist in der Quelle genannt.", null),
        };
    }
}
