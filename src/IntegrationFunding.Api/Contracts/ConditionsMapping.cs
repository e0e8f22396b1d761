using IntegrationFunding.Domain.Programmes;
using IntegrationFunding.Domain.Programmes.Conditions;

namespace IntegrationFunding.Api.Contracts;

/// <summary>Maps programme conditions onto the public contract.</summary>
public static class ConditionsMapping
{
    public static ConditionsDto ToDto(this ProgrammeConditions c)
    {
        ArgumentNullException.ThrowIfNull(c);
        return new(
            c.Population.Select(p => new PopulationConditionDto(p.Kinds, p.Min, p.Max, p.OrFact, p.OrText, Evidence(p.Evidence))).ToList(),
            c.Area is { } area ? new AreaConditionDto(area.Units.Select(u => new AreaUnitDto(u.AgsPrefix, u.Name)).ToList(), Evidence(area.Evidence)) : null,
            c.OwnShareReductions.Select(r => new OwnShareReductionDto(r.Fact, r.OwnShareMinPercent, r.Text, Evidence(r.Evidence))).ToList());
    }

    private static EvidenceDto? Evidence(Evidence? e) => e is null ? null : new EvidenceDto(e.Quote, e.SourceField, e.SourceUrl);
}
