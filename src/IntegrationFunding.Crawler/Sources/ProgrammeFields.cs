namespace IntegrationFunding.Crawler.Sources;

/// <summary>The programme fields a label map in <c>detail.labels</c> may name.</summary>
public static class ProgrammeFields
{
    public const string Summary = "summary";
    public const string Body = "body";
    public const string Funder = "funder";
    public const string FundingType = "fundingType";
    public const string Applicants = "applicants";
    public const string States = "states";
    public const string Topics = "topics";
    public const string Deadlines = "deadlines";
    public const string Amounts = "amounts";
    public const string LegalBasis = "legalBasis";
    public const string Status = "status";
    public const string Ignore = "ignore";

    public static readonly IReadOnlyList<string> All =
        [Summary, Body, Funder, FundingType, Applicants, States, Topics, Deadlines, Amounts, LegalBasis, Status, Ignore];
}
