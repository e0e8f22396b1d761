using IntegrationFunding.Crawler.Extraction;

namespace IntegrationFunding.Crawler.Mapping;

/// <summary>
/// Connects the crawler to the German fact extraction (<see cref="ProgrammeFactExtractor"/>). When the text states only
/// the funding rate or only the own share, the other is derived as its complement (<see cref="ShareComplement"/>).
/// </summary>
public sealed class ProgrammeFactExtractorAdapter : IPageFactExtractor
{
    private readonly ProgrammeFactExtractor _extractor = new();

    public PageFacts Extract(IReadOnlyList<PageSection> sections)
    {
        ArgumentNullException.ThrowIfNull(sections);
        LabelledText[] texts = [.. sections.Select(s => new LabelledText(s.Label, s.Text))];
        var facts = _extractor.Extract(texts);
        return ShareComplement.Apply(new PageFacts
        {
            FundingRateMaxPercent = facts.FundingRateMaxPercent,
            OwnShareMinPercent = facts.OwnShareMinPercent,
            OwnShareNote = facts.OwnShareNote,
            AmountMinEur = facts.AmountMinEur,
            AmountMaxEur = facts.AmountMaxEur,
            Deadlines = facts.Deadlines ?? [],
            PeriodicDates = facts.PeriodicDates ?? [],
            OpeningDate = facts.OpeningDate,
            DeadlineType = facts.DeadlineType,
            ProgrammeStart = facts.ProgrammeStart,
            ProgrammeEnd = facts.ProgrammeEnd,
            Applicants = facts.Applicants ?? [],
            MunicipalitiesEligible = facts.MunicipalitiesEligible,
            Funder = facts.Funder,
            LegalBasis = facts.LegalBasis,
            StatesStated = facts.States is not null,
            States = facts.States ?? [],
            Topics = facts.Topics ?? [],
            TargetGroups = facts.TargetGroups ?? [],
            Evidence = facts.Evidence,
            Conditions = Extraction.Conditions.ConditionExtractor.Extract(SourceSentences.From(texts)),
        });
    }
}
