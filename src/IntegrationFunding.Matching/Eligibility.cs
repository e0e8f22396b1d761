namespace IntegrationFunding.Matching;

/// <summary>Ids of the tri-state <c>eligibility</c> of a match.</summary>
public static class Eligibility
{
    public const string Eligible = "eligible";
    public const string Unknown = "unknown";
    public const string Ineligible = "ineligible";

    /// <summary>The weaker of two outcomes: ineligible beats unknown beats eligible.</summary>
    public static string Combine(string a, string b) => Rank(a) >= Rank(b) ? a : b;

    internal static int Rank(string eligibility) => eligibility switch
    {
        Eligible => 0,
        Unknown => 1,
        _ => 2,
    };
}
