namespace IntegrationFunding.Storage.Reports;

/// <summary>A stored <see cref="DataReport"/> with its number and when it arrived.</summary>
public sealed record StoredDataReport(long Id, DataReport Report, DateTimeOffset CreatedAt, DateTimeOffset? HandledAt);
