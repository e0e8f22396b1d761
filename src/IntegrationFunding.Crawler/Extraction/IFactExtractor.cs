namespace IntegrationFunding.Crawler.Extraction;

/// <summary>Reads one kind of fact from the sentences of a programme page.</summary>
public interface IFactExtractor<out T>
{
    T Extract(IReadOnlyList<SourceSentence> sentences);
}
