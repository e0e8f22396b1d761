using System.Globalization;
using IntegrationFunding.Domain.Programmes;

namespace IntegrationFunding.Domain.Changes;

/// <summary>
/// Compares two versions of a programme field by field. Only facts users care about are tracked; provenance
/// (sources, evidence, body text) and storage timestamps are not.
/// </summary>
public static class ProgrammeDiff
{
    private static readonly (string Field, Func<Programme, string?> Value)[] TrackedFields =
    [
        ("name", p => p.Name),
        ("funder", p => p.Funder),
        ("level", p => p.Level),
        ("states", p => List(p.States)),
        ("topics", p => List(p.Topics)),
        ("targetGroups", p => List(p.TargetGroups)),
        ("applicants", p => List(p.Applicants)),
        ("municipalitiesEligible", p => p.MunicipalitiesEligible is { } b ? (b ? "true" : "false") : null),
        ("fundingType", p => p.FundingType),
        ("fundingRateMaxPercent", p => Number(p.FundingRateMaxPercent)),
        ("ownShareMinPercent", p => Number(p.OwnShareMinPercent)),
        ("ownShareNote", p => p.OwnShareNote),
        ("amountMinEur", p => Number(p.AmountMinEur)),
        ("amountMaxEur", p => Number(p.AmountMaxEur)),
        ("programmeStart", p => Date(p.ProgrammeStart)),
        ("programmeEnd", p => Date(p.ProgrammeEnd)),
        ("deadlineType", p => p.DeadlineType),
        ("deadlines", p => List(p.Deadlines.Select(d => Date(d)!))),
        ("summary", p => p.Summary),
        ("url", p => p.Url),
        ("lifecycle", p => p.Lifecycle),
    ];

    /// <summary>The API names of the tracked fields.</summary>
    public static IEnumerable<string> TrackedFieldNames => TrackedFields.Select(f => f.Field);

    public static IReadOnlyList<FieldChange> Compare(Programme before, Programme after)
    {
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(after);
        var changes = new List<FieldChange>();
        foreach (var (field, value) in TrackedFields)
        {
            var old = value(before);
            var now = value(after);
            if (!string.Equals(old, now, StringComparison.Ordinal))
            {
                changes.Add(new FieldChange(field, old, now));
            }
        }

        return changes;
    }

    /// <summary>True when the change closes the programme (deadline type becomes closed or it ended).</summary>
    public static bool Closes(Programme before, Programme after)
    {
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(after);
        var wasClosed = before.DeadlineType == DeadlineTypes.Closed || before.Lifecycle == ProgrammeLifecycle.Ended;
        var isClosed = after.DeadlineType == DeadlineTypes.Closed || after.Lifecycle == ProgrammeLifecycle.Ended;
        return isClosed && !wasClosed;
    }

    private static string? List(IEnumerable<string> values)
    {
        var joined = string.Join(", ", values);
        return joined.Length == 0 ? null : joined;
    }

    private static string? Number(decimal? value) => value?.ToString("0.##", CultureInfo.InvariantCulture);

    private static string? Date(DateOnly? value) => value?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
