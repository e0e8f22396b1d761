using IntegrationFunding.Domain.Profiles;
using IntegrationFunding.Domain.Programmes;
using IntegrationFunding.Domain.Taxonomy;

namespace IntegrationFunding.Matching.Rules;

/// <summary>Region: the programme is nationwide or covers the profile's Land (areas inside a Land: <see cref="Conditions.AreaRule"/>).</summary>
internal static class RegionRule
{
    public static RuleOutcome Judge(MunicipalityProfile profile, Programme programme, bool explain = true)
    {
        if (programme.States.Count == 0)
        {
            return RuleOutcome.Eligible(explain ? "Bundesweites Programm." : string.Empty);
        }

        return QuickReject.Has(programme.States, profile.State)
            ? RuleOutcome.Eligible(explain ? $"Programm für {Vocabularies.States.LabelOf(profile.State)}." : string.Empty)
            : RuleOutcome.Ineligible(explain ? $"Nur für {GermanText.Labels(Vocabularies.States, programme.States)}, nicht für {Vocabularies.States.LabelOf(profile.State)}." : string.Empty);
    }
}
