using System.Globalization;
using System.Text;
using IntegrationFunding.Domain.Programmes;

namespace IntegrationFunding.TestKit;

/// <summary>
/// Fill rate per field of a set of programmes (share with a known value), the measure of issue 11: how many facts
/// an officer gets. <see cref="EvidenceShare"/> is the share of known extracted facts that carry a quote.
/// </summary>
public static class FillRates
{
    private static readonly (string Field, Func<Programme, bool> Known)[] Fields =
    [
        ("funder (not the source)", p => !string.IsNullOrWhiteSpace(p.Funder) && !p.Funder.StartsWith("Förderdatenbank", StringComparison.Ordinal)),
        ("states (Land named)", p => p.States.Count > 0),
        ("topics", p => p.Topics.Count > 0),
        ("targetGroups", p => p.TargetGroups.Count > 0),
        ("applicants", p => p.Applicants.Count > 0),
        ("municipalitiesEligible", p => p.MunicipalitiesEligible is not null),
        ("fundingType", p => p.FundingType is not null),
        ("fundingRateMaxPercent", p => p.FundingRateMaxPercent is not null),
        ("ownShareMinPercent", p => p.OwnShareMinPercent is not null),
        ("rate or own share", RateOrOwnShare),
        ("ownShareNote", p => p.OwnShareNote is not null),
        ("amountMinEur", p => p.AmountMinEur is not null),
        ("amountMaxEur", p => p.AmountMaxEur is not null),
        ("programmeStart", p => p.ProgrammeStart is not null),
        ("programmeEnd", p => p.ProgrammeEnd is not null),
        ("deadlineType not unknown", DeadlineKnown),
        ("deadlines", p => p.Deadlines.Count > 0),
        ("legalBasis", p => p.LegalBasis is not null),
        ("summary", p => p.Summary is not null),
        ("attribution", p => p.Attribution is not null),
    ];

    /// <summary>Facts whose value comes from extraction and so must carry a quote (API field names).</summary>
    private static readonly (string Field, Func<Programme, bool> Known)[] Evidenced =
    [
        ("fundingRateMaxPercent", p => p.FundingRateMaxPercent is not null),
        ("ownShareMinPercent", p => p.OwnShareMinPercent is not null),
        ("amountMaxEur", p => p.AmountMaxEur is not null),
        ("amountMinEur", p => p.AmountMinEur is not null),
        ("deadlineType", DeadlineKnown),
        ("deadlines", p => p.Deadlines.Count > 0),
        ("programmeEnd", p => p.ProgrammeEnd is not null),
        ("programmeStart", p => p.ProgrammeStart is not null),
    ];

    public static bool RateOrOwnShare(Programme p)
    {
        ArgumentNullException.ThrowIfNull(p);
        return p.FundingRateMaxPercent is not null || p.OwnShareMinPercent is not null;
    }

    public static bool DeadlineKnown(Programme p)
    {
        ArgumentNullException.ThrowIfNull(p);
        return p.DeadlineType != DeadlineTypes.Unknown;
    }

    public static IReadOnlyList<(string Field, double Rate)> Of(IReadOnlyCollection<Programme> programmes)
    {
        ArgumentNullException.ThrowIfNull(programmes);
        return [.. Fields.Select(f => (f.Field, Share(programmes, f.Known)))];
    }

    /// <summary>Of the extracted facts that are known, the share with a quote in <see cref="Programme.Evidence"/>.</summary>
    public static double EvidenceShare(IReadOnlyCollection<Programme> programmes, Func<Programme, bool>? extracted = null)
    {
        ArgumentNullException.ThrowIfNull(programmes);
        var facts = programmes.Where(p => extracted?.Invoke(p) ?? true)
            .SelectMany(p => Evidenced.Where(e => e.Known(p)).Select(e => p.Evidence.ContainsKey(e.Field))).ToList();
        return facts.Count == 0 ? 1 : facts.Count(b => b) / (double)facts.Count;
    }

    public static double Share(IReadOnlyCollection<Programme> programmes, Func<Programme, bool> known)
    {
        ArgumentNullException.ThrowIfNull(programmes);
        return programmes.Count == 0 ? 0 : programmes.Count(known) / (double)programmes.Count;
    }

    /// <summary>A Markdown table of the fill rates, for the test output and the committed report.</summary>
    public static string Table(string title, IReadOnlyCollection<Programme> programmes)
    {
        ArgumentNullException.ThrowIfNull(programmes);
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"{title} ({programmes.Count} programmes)\n| field | filled |\n|---|---|\n");
        foreach (var (field, rate) in Of(programmes))
        {
            text.Append(CultureInfo.InvariantCulture, $"| {field} | {rate:P0} |\n");
        }

        return text.ToString();
    }
}
