using IntegrationFunding.Domain.Profiles;
using IntegrationFunding.Domain.Programmes;
using IntegrationFunding.Domain.Taxonomy;

namespace IntegrationFunding.Matching.Rules;

/// <summary>Region: the programme is nationwide or covers the profile's Land.</summary>
internal static class RegionRule
{
    public static RuleOutcome Judge(MunicipalityProfile profile, Programme programme)
    {
        if (programme.States.Count == 0)
        {
            return RuleOutcome.Eligible("Bundesweites Programm.");
        }

        return programme.States.Contains(profile.State, StringComparer.Ordinal)
            ? RuleOutcome.Eligible($"Programm für {Vocabularies.States.LabelOf(profile.State)}.")
            : RuleOutcome.Ineligible($"Nur für {GermanText.Labels(Vocabularies.States, programme.States)}, nicht für {Vocabularies.States.LabelOf(profile.State)}.");
    }
}
