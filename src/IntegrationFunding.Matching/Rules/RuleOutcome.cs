namespace IntegrationFunding.Matching.Rules;

/// <summary>The verdict of one hard rule with its German reason and an optional warning.</summary>
internal readonly record struct RuleOutcome(string Eligibility, string Reason, string? Warning = null)
{
    public static RuleOutcome Eligible(string reason, string? warning = null) => new(Matching.Eligibility.Eligible, reason, warning);

    public static RuleOutcome Unknown(string reason, string? warning = null) => new(Matching.Eligibility.Unknown, reason, warning);

    public static RuleOutcome Ineligible(string reason, string? warning = null) => new(Matching.Eligibility.Ineligible, reason, warning);
}
