using IntegrationFunding.Domain.Programmes;

namespace IntegrationFunding.Search.Indexing;

/// <summary>A programme in the snapshot at <see cref="Position"/>, with its status and next deadline judged for one day.</summary>
internal sealed record IndexedProgramme(int Position, Programme Programme, string Status, DateOnly? NextDeadline);
