namespace IntegrationFunding.Storage.Reports;

/// <summary>A user's report that a programme's data is wrong (field, message, optional email for questions).</summary>
public sealed record DataReport(string ProgrammeId, string Field, string Message, string? Email);
