using IntegrationFunding.Domain.Programmes;
using IntegrationFunding.Domain.Taxonomy;

namespace IntegrationFunding.Api.Ui.Presentation;

/// <summary>One fact of a programme: its API field name (the key of its evidence), German label and value.</summary>
public sealed record FactRow(string Field, string Label, string Value);

/// <summary>Every fact of a programme in the order an officer reads them.</summary>
public static class ProgrammeFacts
{
    public static IReadOnlyList<FactRow> Rows(Programme p, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(p);
        var rows = new List<FactRow>
        {
            new("funder", "Fördergeber", p.Funder),
            new("level", "Ebene und Region", GermanFormat.LevelAndRegion(p)),
            new("applicants", "Wer darf beantragen?", GermanFormat.Labels(Vocabularies.Applicants, p.Applicants)),
            new("municipalitiesEligible", "Kommune selbst antragsberechtigt?", p.MunicipalitiesEligible switch
            {
                true => "ja",
                false => "nein – die Kommune kann Kooperationspartner sein",
                null => "in der Quelle nicht angegeben",
            }),
            new("topics", "Handlungsfelder", GermanFormat.Labels(Vocabularies.Topics, p.Topics)),
            new("targetGroups", "Zielgruppen", GermanFormat.Labels(Vocabularies.TargetGroups, p.TargetGroups)),
            new("fundingType", "Förderart", p.FundingType is null ? "nicht angegeben" : Vocabularies.FundingTypes.LabelOf(p.FundingType)),
            new("fundingRateMaxPercent", "Förderquote", GermanFormat.FundingRate(p)),
            new("ownShareMinPercent", "Eigenanteil", GermanFormat.OwnShare(p)),
        };
        if (!string.IsNullOrWhiteSpace(p.OwnShareNote))
        {
            rows.Add(new("ownShareNote", "Hinweis zum Eigenanteil", p.OwnShareNote));
        }

        rows.Add(new("amount", "Fördersumme je Projekt", GermanFormat.Amount(p)));
        rows.Add(new("deadlineType", "Fristart", Vocabularies.DeadlineTypes.LabelOf(p.DeadlineType)));
        rows.Add(new("nextDeadline", "Nächste Frist", GermanFormat.Deadline(p, ProgrammeTimeline.NextDeadline(p, today), today)));
        if (p.Deadlines.Count > 0)
        {
            rows.Add(new("deadlines", "Alle bekannten Fristen", string.Join(", ", p.Deadlines.Select(GermanFormat.Date))));
        }

        rows.Add(new("programmeStart", "Laufzeit des Programms", Period(p.ProgrammeStart, p.ProgrammeEnd)));
        if (p.ProjectDurationMaxMonths is { } months)
        {
            rows.Add(new("projectDurationMaxMonths", "Projektdauer höchstens", $"{months} Monate"));
        }

        if (!string.IsNullOrWhiteSpace(p.LegalBasis))
        {
            rows.Add(new("legalBasis", "Rechtsgrundlage", p.LegalBasis));
        }

        return rows;
    }

    /// <summary>The evidence of a row; the amount and period rows also look at their min/max and start/end fields.</summary>
    public static Evidence? EvidenceFor(Programme p, string field)
    {
        ArgumentNullException.ThrowIfNull(p);
        string[] keys = field switch
        {
            "amount" => ["amountMaxEur", "amountMinEur"],
            "programmeStart" => ["programmeStart", "programmeEnd"],
            "nextDeadline" => ["deadlines"],
            _ => [field],
        };
        return keys.Select(k => p.Evidence.GetValueOrDefault(k)).FirstOrDefault(e => e is not null);
    }

    private static string Period(DateOnly? start, DateOnly? end) => (start, end) switch
    {
        ({ } s, { } e) => $"{GermanFormat.Date(s)} bis {GermanFormat.Date(e)}",
        ({ } s, null) => $"ab {GermanFormat.Date(s)}, Ende nicht angegeben",
        (null, { } e) => $"bis {GermanFormat.Date(e)}",
        _ => "nicht angegeben",
    };
}
