using IntegrationFunding.Crawler.Mapping;

namespace IntegrationFunding.Crawler.Tests.Support;

/// <summary>The real extractor, counting how often pages are extracted.</summary>
internal sealed class CountingExtractor : IPageFactExtractor
{
    private readonly ProgrammeFactExtractorAdapter _inner = new();
    private int _calls;

    public int Calls => _calls;

    public PageFacts Extract(IReadOnlyList<PageSection> sections)
    {
        Interlocked.Increment(ref _calls);
        return _inner.Extract(sections);
    }
}
