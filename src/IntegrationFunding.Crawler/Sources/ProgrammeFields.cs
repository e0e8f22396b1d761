namespace IntegrationFunding.Crawler.Sources;

/// <summary>The programme fields a label map in <c>detail.labels</c> (or a selector in <c>detail.fields</c>) may name.</summary>
public static class ProgrammeFields
{
    public const string Name = "name";
    public const string Summary = "summary";
    public const string Body = "body";
    public const string Funder = "funder";
    public const string Level = "level";
    public const string FundingType = "fundingType";
    public const string Applicants = "applicants";
    public const string States = "states";
    public const string Topics = "topics";
    public const string Deadlines = "deadlines";
    public const string OpeningDate = "openingDate";
    public const string ProgrammeEnd = "programmeEnd";
    public const string Amounts = "amounts";
    public const string Rate = "rate";
    public const string OwnShare = "ownShare";
    public const string Budget = "budget";
    public const string LegalBasis = "legalBasis";
    public const string Status = "status";
    public const string Ignore = "ignore";

    public static readonly IReadOnlyList<string> All =
    [
        Name, Summary, Body, Funder, Level, FundingType, Applicants, States, Topics, Deadlines, OpeningDate, ProgrammeEnd, Amounts, Rate,
        OwnShare, Budget, LegalBasis, Status, Ignore,
    ];
}
