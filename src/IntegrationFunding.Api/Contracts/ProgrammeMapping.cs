using IntegrationFunding.Domain.Programmes;
using IntegrationFunding.Search.Querying;

namespace IntegrationFunding.Api.Contracts;

/// <summary>Maps domain and search records onto the public contract.</summary>
public static class ProgrammeMapping
{
    public static ProgrammeDto ToDto(this Programme p, DateOnly today) => new()
    {
        Id = p.Id,
        Name = p.Name,
        Funder = p.Funder,
        Level = p.Level,
        States = p.States,
        Topics = p.Topics,
        TargetGroups = p.TargetGroups,
        Applicants = p.Applicants,
        MunicipalitiesEligible = p.MunicipalitiesEligible,
        Conditions = p.Conditions.ToDto(),
        FundingType = p.FundingType,
        FundingRateMaxPercent = p.FundingRateMaxPercent,
        OwnShareMinPercent = p.OwnShareMinPercent,
        OwnShareNote = p.OwnShareNote,
        AmountMinEur = p.AmountMinEur,
        AmountMaxEur = p.AmountMaxEur,
        ProgrammeStart = p.ProgrammeStart,
        ProgrammeEnd = p.ProgrammeEnd,
        ProjectDurationMaxMonths = p.ProjectDurationMaxMonths,
        DeadlineType = p.DeadlineType,
        Deadlines = p.Deadlines,
        NextDeadline = ProgrammeTimeline.NextDeadline(p, today),
        Status = ProgrammeTimeline.Status(p, today),
        LegalBasis = p.LegalBasis,
        Summary = p.Summary,
        Url = p.Url,
        Sources = p.Sources.Select(s => new SourceDto(s.SourceId, s.Url, s.FetchedAt)).ToList(),
        Evidence = p.Evidence.ToDictionary(e => e.Key, e => new EvidenceDto(e.Value.Quote, e.Value.SourceField, e.Value.SourceUrl)),
        FirstSeen = p.FirstSeen,
        LastChanged = p.LastChanged,
        Attribution = p.Attribution is { } a ? new AttributionDto(a.Text, a.License, a.LicenseUrl) : null,
    };

    public static SearchItemDto ToDto(this SearchHit hit, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(hit);
        return new SearchItemDto(hit.Programme.ToDto(today), hit.Score, hit.Highlights, hit.OwnShareUnknown);
    }

    public static FacetsDto ToDto(this SearchFacets f)
    {
        ArgumentNullException.ThrowIfNull(f);
        return new FacetsDto(f.Topics, f.Applicants, f.Levels, f.States, f.DeadlineTypes, f.TargetGroups);
    }
}
