using IntegrationFunding.Search.Analysis.Lucene;

namespace IntegrationFunding.Search.Indexing;

/// <summary>Creates the process's <see cref="LuceneIndex"/> and takes the index folder's ownership.</summary>
public sealed class LuceneIndexFactory(GermanLuceneAnalyzer analyzer, IndexDocumentBuilder documents, IndexLocation location)
{
    public IndexLocation Location => location;

    internal LuceneIndex Create() => new(analyzer, documents, location);

    internal IndexOwnership? TryAcquireOwnership() => IndexOwnership.TryAcquire(location);
}
