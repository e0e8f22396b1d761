using IntegrationFunding.Matching.Conditions;

namespace IntegrationFunding.Matching.Rules;

/// <summary>
/// The verdict of one hard rule or condition with its German reason and an optional warning (both empty when the
/// ranking pass judges without explaining), and the profile facts whose absence left it unknown.
/// </summary>
internal readonly record struct RuleOutcome(string Eligibility, string Reason, string? Warning = null, ProfileFacts Missing = ProfileFacts.None)
{
    public static RuleOutcome Eligible(string reason, string? warning = null) => new(Matching.Eligibility.Eligible, reason, warning);

    public static RuleOutcome Unknown(string reason, string? warning = null, ProfileFacts missing = ProfileFacts.None) => new(Matching.Eligibility.Unknown, reason, warning, missing);

    public static RuleOutcome Ineligible(string reason, string? warning = null) => new(Matching.Eligibility.Ineligible, reason, warning);

    /// <summary>The sentence for "Bitte beachten" when this outcome is a gap (the warning if any, else the reason).</summary>
    public string Gap => Warning ?? Reason;
}
