using IntegrationFunding.Domain.Programmes;

namespace IntegrationFunding.Crawler.Extraction;

/// <summary>
/// Runs every extractor over the labelled sections of one programme page and collects the facts with their evidence.
/// Special funding rates (e.g. for municipalities in Haushaltssicherung) are added to the own-share note.
/// </summary>
public sealed class ProgrammeFactExtractor
{
    private readonly FundingRateExtractor _rate = new();
    private readonly OwnShareExtractor _ownShare = new();
    private readonly AmountExtractor _amount = new();
    private readonly DeadlineExtractor _deadline = new();
    private readonly ApplicantExtractor _applicant = new();
    private readonly RegionExtractor _region = new();
    private readonly TopicClassifier _topics = new();
    private readonly TargetGroupClassifier _targetGroups = new();

    public ExtractedFacts Extract(IReadOnlyList<LabelledText> sections)
    {
        ArgumentNullException.ThrowIfNull(sections);
        var sentences = SourceSentences.From(sections);
        var evidence = new Dictionary<string, Evidence>(StringComparer.Ordinal);

        var rate = _rate.Extract(sentences);
        var ownShare = _ownShare.Extract(sentences);
        var amount = _amount.Extract(sentences);
        var deadline = _deadline.Extract(sentences);
        var applicants = _applicant.Extract(sentences);
        var region = _region.Extract(sentences);
        var topics = _topics.Classify(sentences);
        var targetGroups = _targetGroups.Classify(sentences);
        var funder = FunderExtractor.Extract(sentences);
        var legalBasis = LegalBasisExtractor.Extract(sentences);

        Add(evidence, "fundingRateMaxPercent", rate?.Evidence);
        Add(evidence, "ownShareMinPercent", ownShare?.MinPercentEvidence);
        var note = JoinNotes(ownShare?.Note, rate?.Note);
        Add(evidence, "ownShareNote", ownShare?.NoteEvidence ?? (rate?.Note is null ? null : rate.Evidence));
        Add(evidence, "amountMinEur", amount?.MinEvidence);
        Add(evidence, "amountMaxEur", amount?.MaxEvidence);
        Add(evidence, "deadlines", deadline.DeadlinesEvidence);
        Add(evidence, "deadlineType", deadline.DeadlineTypeEvidence);
        Add(evidence, "programmeStart", deadline.ProgrammeStartEvidence ?? deadline.OpeningDateEvidence);
        Add(evidence, "funder", funder?.Evidence);
        Add(evidence, "legalBasis", legalBasis?.Evidence);
        Add(evidence, "programmeEnd", deadline.ProgrammeEndEvidence);
        Add(evidence, "applicants", applicants.ApplicantsEvidence);
        Add(evidence, "municipalitiesEligible", applicants.MunicipalitiesEvidence);
        Add(evidence, "states", region?.Evidence);
        if (topics.Count > 0)
        {
            evidence["topics"] = topics[0].Evidence;
        }

        if (targetGroups.Count > 0)
        {
            evidence["targetGroups"] = targetGroups[0].Evidence;
        }

        return new ExtractedFacts
        {
            FundingRateMaxPercent = rate?.MaxPercent,
            OwnShareMinPercent = ownShare?.MinPercent,
            OwnShareNote = note,
            AmountMinEur = amount?.MinEur,
            AmountMaxEur = amount?.MaxEur,
            Deadlines = deadline.Deadlines.Count > 0 ? deadline.Deadlines : null,
            PeriodicDates = deadline.PeriodicDates.Count > 0 ? deadline.PeriodicDates : null,
            OpeningDate = deadline.OpeningDate,
            Funder = funder?.Name,
            LegalBasis = legalBasis?.Text,
            DeadlineType = deadline.DeadlineType == DeadlineTypes.Unknown ? null : deadline.DeadlineType,
            ProgrammeStart = deadline.ProgrammeStart,
            ProgrammeEnd = deadline.ProgrammeEnd,
            Applicants = applicants.Applicants.Count > 0 ? applicants.Applicants : null,
            MunicipalitiesEligible = applicants.MunicipalitiesEligible,
            States = region?.States,
            Topics = topics.Count > 0 ? topics.Select(t => t.Id).ToList() : null,
            TargetGroups = targetGroups.Count > 0 ? targetGroups.Select(t => t.Id).ToList() : null,
            Evidence = evidence,
        };
    }

    private static void Add(Dictionary<string, Evidence> evidence, string field, Evidence? value)
    {
        if (value is not null)
        {
            evidence[field] = value;
        }
    }

    private static string? JoinNotes(string? ownShareNote, string? rateNote)
    {
        if (rateNote is null || (ownShareNote?.Contains(rateNote, StringComparison.Ordinal) ?? false))
        {
            return ownShareNote;
        }

        return ownShareNote is null ? rateNote : ownShareNote + " " + rateNote;
    }
}
