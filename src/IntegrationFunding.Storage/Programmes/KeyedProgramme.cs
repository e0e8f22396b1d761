using IntegrationFunding.Domain.Programmes;

namespace IntegrationFunding.Storage.Programmes;

/// <summary>A programme with its storage key (stable rowid), used as document id by the search index.</summary>
public sealed record KeyedProgramme(long Key, Programme Programme);
