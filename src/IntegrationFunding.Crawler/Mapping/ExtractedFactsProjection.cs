using IntegrationFunding.Domain.Programmes;

namespace IntegrationFunding.Crawler.Mapping;

/// <summary>
/// The one place where facts extracted from prose become a programme's money and time fields. Yearly deadlines
/// without a year get their next dated occurrence (on or after the crawl day); a fixed deadline that has passed makes
/// the call closed; an opening date starts the programme (so a call that opens later is upcoming); a programme that
/// takes applications at any time is active.
/// </summary>
internal static class ExtractedFactsProjection
{
    public static Programme WithExtractedFacts(this Programme programme, PageFacts facts, DateOnly today)
    {
        var evidence = new Dictionary<string, Evidence>(programme.Evidence, StringComparer.Ordinal);
        var deadlines = facts.Deadlines.Union(facts.PeriodicDates.Select(d => NextOccurrence(d.Month, d.Day, today))).Distinct().Order().ToList();
        if (facts.PeriodicDates.Count > 0 && !evidence.ContainsKey("deadlines") && evidence.TryGetValue("deadlineType", out var periodic))
        {
            evidence["deadlines"] = periodic with { SourceField = $"{periodic.SourceField ?? "Text"} · {ShareComplement.DerivedMarker}: nächster Termin" };
        }

        var type = facts.DeadlineType ?? DeadlineTypes.Unknown;
        if (type == DeadlineTypes.Fixed && deadlines.Count > 0 && deadlines.All(d => d < today))
        {
            type = DeadlineTypes.Closed;
        }

        return programme with
        {
            FundingRateMaxPercent = facts.FundingRateMaxPercent,
            OwnShareMinPercent = facts.OwnShareMinPercent,
            OwnShareNote = facts.OwnShareNote,
            AmountMinEur = facts.AmountMinEur,
            AmountMaxEur = facts.AmountMaxEur,
            ProgrammeStart = facts.ProgrammeStart ?? facts.OpeningDate,
            ProgrammeEnd = facts.ProgrammeEnd,
            DeadlineType = type,
            Deadlines = deadlines,
            Lifecycle = programme.Lifecycle == ProgrammeLifecycle.Unknown && type == DeadlineTypes.Rolling ? ProgrammeLifecycle.Active : programme.Lifecycle,
            Evidence = evidence,
            Conditions = facts.Conditions,
        };
    }

    /// <summary>The next day with this month and day on or after <paramref name="today"/> (29 February falls back to the 28th).</summary>
    public static DateOnly NextOccurrence(int month, int day, DateOnly today)
    {
        for (var year = today.Year; ; year++)
        {
            var date = new DateOnly(year, month, Math.Min(day, DateTime.DaysInMonth(year, month)));
            if (date >= today)
            {
                return date;
            }
        }
    }
}
