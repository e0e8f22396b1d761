namespace IntegrationFunding.Domain.Taxonomy;

/// <summary>Every controlled vocabulary of the product (BRIEF §3). Ids are stable API values.</summary>
public static class Vocabularies
{
    public static Vocabulary Levels { get; } = new("levels", "Ebene", LevelTerms.All);
    public static Vocabulary States { get; } = new("states", "Bundesland", StateTerms.All);
    public static Vocabulary Topics { get; } = new("topics", "Handlungsfeld", TopicTerms.All);
    public static Vocabulary TargetGroups { get; } = new("targetGroups", "Zielgruppe", TargetGroupTerms.All);
    public static Vocabulary Applicants { get; } = new("applicants", "Antragsberechtigte", ApplicantTerms.All);
    public static Vocabulary FundingTypes { get; } = new("fundingTypes", "Förderart", FundingTypeTerms.All);
    public static Vocabulary DeadlineTypes { get; } = new("deadlineTypes", "Fristart", DeadlineTypeTerms.All);
    public static Vocabulary Statuses { get; } = new("statuses", "Status", StatusTerms.All);

    /// <summary>Applicant ids that are municipalities themselves (Gemeinde, Stadt, Kreis, Verbund).</summary>
    public static IReadOnlyList<string> MunicipalApplicants => ApplicantTerms.Municipal;

    public static IReadOnlyList<Vocabulary> All { get; } =
        [Levels, States, Topics, TargetGroups, Applicants, FundingTypes, DeadlineTypes, Statuses];
}
