using IntegrationFunding.Domain.Profiles;
using IntegrationFunding.Domain.Programmes.Conditions;
using IntegrationFunding.Matching.Rules;

namespace IntegrationFunding.Matching.Conditions;

/// <summary>
/// Area narrower than a Land: the profile's AGS must start with one of the area's prefixes (OR over the units).
/// Without an AGS the condition is missing.
/// </summary>
internal static class AreaRule
{
    public static (string Truth, ProfileFacts Missing) Judge(MunicipalityProfile profile, AreaCondition? area, List<RuleOutcome>? sink)
    {
        if (area is null || area.Units.Count == 0)
        {
            return (Truth.Met, ProfileFacts.None);
        }

        var truth = Truth.Missing;
        AreaUnit? inside = null;
        if (profile.Ags is { Length: > 0 } ags)
        {
            truth = Truth.Violated;
            foreach (var unit in area.Units)
            {
                if (ags.StartsWith(unit.AgsPrefix, StringComparison.Ordinal))
                {
                    truth = Truth.Met;
                    inside = unit;
                    break;
                }
            }
        }

        if (sink is not null)
        {
            var rule = $"Nur im Gebiet {string.Join(", ", area.Units.Select(u => u.Name))}";
            sink.Add(truth switch
            {
                Truth.Met => RuleOutcome.Eligible($"{rule}: erfüllt (Ihre Kommune liegt in {inside!.Name})."),
                Truth.Violated => RuleOutcome.Ineligible($"{rule}: nicht erfüllt (AGS {profile.Ags} liegt außerhalb)."),
                _ => RuleOutcome.Unknown($"{rule}: offen (Ihr Profil nennt keinen Amtlichen Gemeindeschlüssel).", missing: ProfileFacts.Ags),
            });
        }

        return (truth, truth == Truth.Missing ? ProfileFacts.Ags : ProfileFacts.None);
    }
}
