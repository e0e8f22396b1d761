using System.Globalization;
using IntegrationFunding.Domain.Profiles;
using IntegrationFunding.Domain.Programmes.Conditions;
using IntegrationFunding.Domain.Taxonomy;
using IntegrationFunding.Matching.Rules;

namespace IntegrationFunding.Matching.Conditions;

/// <summary>
/// Population limits: every limit that applies to the profile's kind must hold (AND); a limit with an alternative
/// fact holds when either holds (OR). Without a population in the profile a limit is missing, unless its alternative is met.
/// </summary>
internal static class PopulationRule
{
    private static readonly CultureInfo German = CultureInfo.GetCultureInfo("de-DE");

    /// <summary>The combined truth; with a sink, one outcome with a German sentence per applicable limit.</summary>
    public static (string Truth, ProfileFacts Missing) Judge(MunicipalityProfile profile, IReadOnlyList<PopulationCondition> conditions, List<RuleOutcome>? sink)
    {
        var result = Truth.Met;
        var missing = ProfileFacts.None;
        if (conditions.Count == 0)
        {
            return (result, missing);
        }

        var kind = ApplicantKinds.Of(profile);
        foreach (var condition in conditions)
        {
            if (condition.Kinds.Count > 0 && !QuickReject.Has(condition.Kinds, kind) && !QuickReject.Has(condition.Kinds, profile.Kind))
            {
                continue;
            }

            var outcome = Judge(profile, condition, sink is not null);
            result = Truth.And(result, outcome.Eligibility);
            missing |= outcome.Missing;
            sink?.Add(outcome);
        }

        return (result, result == Truth.Missing ? missing : ProfileFacts.None);
    }

    private static RuleOutcome Judge(MunicipalityProfile profile, PopulationCondition condition, bool explain)
    {
        var population = profile.Population is { } n
            ? Truth.Of(n >= (condition.Min ?? int.MinValue) && n <= (condition.Max ?? int.MaxValue))
            : Truth.Missing;
        var missing = population == Truth.Missing ? ProfileFacts.Population : ProfileFacts.None;
        var truth = population;
        var alternative = Truth.Violated;
        if (condition.OrFact is { } fact)
        {
            (alternative, var factMissing) = FactTruth.Of(profile, fact);
            truth = Truth.Or(population, alternative);
            missing = truth == Truth.Missing ? missing | factMissing : ProfileFacts.None;
        }
        else if (truth != Truth.Missing)
        {
            missing = ProfileFacts.None;
        }

        if (!explain)
        {
            return new RuleOutcome(truth, string.Empty, null, missing);
        }

        var rule = $"Nur {Who(condition)} mit {Range(condition)}"
            + (condition.OrFact is { } f ? $" oder {FactTruth.Who(f, condition.OrText)}" : string.Empty);
        var own = profile.Population is { } p ? $"Ihre Kommune: {Number(p)} Einwohner" : "Ihr Profil nennt keine Einwohnerzahl";
        if (condition.OrFact is { } orFact && population != Truth.Met)
        {
            own += "; " + FactTruth.State(profile, orFact, alternative);
        }

        return truth switch
        {
            Truth.Met => RuleOutcome.Eligible($"{rule}: erfüllt ({own})."),
            Truth.Violated => RuleOutcome.Ineligible($"{rule}: nicht erfüllt ({own})."),
            _ => RuleOutcome.Unknown($"{rule}: offen ({own}).", missing: missing),
        };
    }

    private static string Who(PopulationCondition condition) =>
        condition.Kinds.Count == 0 ? "Kommunen" : GermanText.Labels(Vocabularies.Applicants, condition.Kinds.Where(Vocabularies.Applicants.Contains));

    private static string Range(PopulationCondition c) => (c.Min, c.Max) switch
    {
        ({ } min, { } max) => $"{Number(min)} bis {Number(max)} Einwohnern",
        ({ } min, null) => $"mindestens {Number(min)} Einwohnern",
        (null, { } max) => $"höchstens {Number(max)} Einwohnern",
        _ => "beliebiger Einwohnerzahl",
    };

    private static string Number(int value) => value.ToString("#,0", German);
}
