namespace IntegrationFunding.Matching.Conditions;

/// <summary>
/// Three-valued logic of conditions, on the eligibility ids: met = <c>eligible</c>, violated = <c>ineligible</c>,
/// missing = <c>unknown</c>. AND is violated if any part is violated, else missing if any part is missing, else met;
/// OR is met if any part is met, else missing if any part is missing, else violated.
/// </summary>
public static class Truth
{
    public const string Met = Eligibility.Eligible;
    public const string Violated = Eligibility.Ineligible;
    public const string Missing = Eligibility.Unknown;

    public static string And(string a, string b) => a == Violated || b == Violated ? Violated : a == Missing || b == Missing ? Missing : Met;

    public static string Or(string a, string b) => a == Met || b == Met ? Met : a == Missing || b == Missing ? Missing : Violated;

    /// <summary>Met for true, violated for false, missing for null.</summary>
    public static string Of(bool? value) => value switch
    {
        true => Met,
        false => Violated,
        null => Missing,
    };
}
