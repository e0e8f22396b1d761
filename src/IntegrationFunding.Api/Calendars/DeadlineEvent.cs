namespace IntegrationFunding.Api.Calendars;

/// <summary>One all-day deadline event of a calendar.</summary>
public sealed record DeadlineEvent(string ProgrammeId, string ProgrammeName, DateOnly Date, string? OfficialUrl, string DetailUrl);
