using IntegrationFunding.Domain.Programmes;

namespace IntegrationFunding.Search.Indexing;

/// <summary>A programme in the in-memory snapshot, with its status and next deadline judged for one day.</summary>
internal sealed record IndexedProgramme(Programme Programme, string Status, DateOnly? NextDeadline);
