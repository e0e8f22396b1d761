using IntegrationFunding.Domain.Programmes;

namespace IntegrationFunding.Crawler.Mapping;

/// <summary>The one place where facts extracted from prose become a programme's money and time fields.</summary>
internal static class ExtractedFactsProjection
{
    public static Programme WithExtractedFacts(this Programme programme, PageFacts facts) => programme with
    {
        FundingRateMaxPercent = facts.FundingRateMaxPercent,
        OwnShareMinPercent = facts.OwnShareMinPercent,
        OwnShareNote = facts.OwnShareNote,
        AmountMinEur = facts.AmountMinEur,
        AmountMaxEur = facts.AmountMaxEur,
        ProgrammeStart = facts.ProgrammeStart,
        ProgrammeEnd = facts.ProgrammeEnd,
        DeadlineType = facts.DeadlineType ?? DeadlineTypes.Unknown,
        Deadlines = [.. facts.Deadlines.Order()],
        Conditions = facts.Conditions,
    };
}
