using IntegrationFunding.Domain.Programmes.Conditions;

namespace IntegrationFunding.Domain.Programmes;

/// <summary>
/// A funding programme (Förderprogramm) as the navigator knows it. Vocabulary fields hold the stable ids of
/// <see cref="Taxonomy.Vocabularies"/>; unknown facts are <c>null</c> (or empty lists), never guessed.
/// </summary>
public sealed record Programme
{
    public required string Id { get; init; }
    public required string Name { get; init; }
    public required string Funder { get; init; }
    public required string Level { get; init; }
    /// <summary>ISO 3166-2 codes; empty = nationwide.</summary>
    public IReadOnlyList<string> States { get; init; } = [];
    public IReadOnlyList<string> Topics { get; init; } = [];
    public IReadOnlyList<string> TargetGroups { get; init; } = [];
    public IReadOnlyList<string> Applicants { get; init; } = [];
    /// <summary>May a Gemeinde/Stadt/Landkreis apply itself? Null when the sources do not say.</summary>
    public bool? MunicipalitiesEligible { get; init; }
    /// <summary>Population limits, an area narrower than a Land, own-share reductions (empty when the sources state none).</summary>
    public ProgrammeConditions Conditions { get; init; } = ProgrammeConditions.None;
    public string? FundingType { get; init; }
    public decimal? FundingRateMaxPercent { get; init; }
    public decimal? OwnShareMinPercent { get; init; }
    public string? OwnShareNote { get; init; }
    public decimal? AmountMinEur { get; init; }
    public decimal? AmountMaxEur { get; init; }
    public DateOnly? ProgrammeStart { get; init; }
    public DateOnly? ProgrammeEnd { get; init; }
    public int? ProjectDurationMaxMonths { get; init; }
    public string DeadlineType { get; init; } = DeadlineTypes.Unknown;
    /// <summary>Dated deadlines, sorted ascending; past ones are kept as history.</summary>
    public IReadOnlyList<DateOnly> Deadlines { get; init; } = [];
    public string? LegalBasis { get; init; }
    public string? Summary { get; init; }
    /// <summary>Longer descriptive text from the source (indexed, not part of the API's programme shape).</summary>
    public string? Body { get; init; }
    public required string Url { get; init; }
    /// <summary>Lifecycle as stated by the source (active, ended, unknown); see <see cref="ProgrammeLifecycle"/>.</summary>
    public string Lifecycle { get; init; } = ProgrammeLifecycle.Unknown;
    public DateOnly? FactsAsOf { get; init; }
    public IReadOnlyList<ProgrammeSource> Sources { get; init; } = [];
    /// <summary>Per extracted field (API field name), the source sentence it came from.</summary>
    public IReadOnlyDictionary<string, Evidence> Evidence { get; init; } = new Dictionary<string, Evidence>();
    /// <summary>When the navigator first saw the programme (set by storage).</summary>
    public DateTimeOffset? FirstSeen { get; init; }
    /// <summary>When a tracked fact last changed (set by storage).</summary>
    public DateTimeOffset? LastChanged { get; init; }
    /// <summary>Licence credit for texts taken over from the source (summary, body, quotes); null when none is owed.</summary>
    public ProgrammeAttribution? Attribution { get; init; }
}
