namespace IntegrationFunding.Api.Contracts;

public sealed record SourceDto(string SourceId, string Url, DateTimeOffset? FetchedAt);
