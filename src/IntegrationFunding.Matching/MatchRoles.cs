namespace IntegrationFunding.Matching;

/// <summary>Ids of the <c>role</c> of a match: may the municipality apply itself, or only join as partner?</summary>
public static class MatchRoles
{
    public const string Applicant = "applicant";
    public const string Partner = "partner";
}
