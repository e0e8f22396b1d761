using Lucene.Net.Util;

namespace IntegrationFunding.Search.Analysis.Lucene;

/// <summary>The Lucene compatibility version every component is created with.</summary>
internal static class LuceneSettings
{
    public const LuceneVersion Version = LuceneVersion.LUCENE_48;
}
