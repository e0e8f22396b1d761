namespace IntegrationFunding.Domain.Programmes;

/// <summary>Where a programme's facts were read: a crawler source (or the starter catalogue) and a page.</summary>
public sealed record ProgrammeSource(string SourceId, string Url, DateTimeOffset? FetchedAt);
