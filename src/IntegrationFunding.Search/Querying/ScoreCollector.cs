using IntegrationFunding.Search.Indexing;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace IntegrationFunding.Search.Querying;

/// <summary>Collects the BM25 score of every matching document into an array by snapshot position.</summary>
internal sealed class ScoreCollector(SearchSnapshot snapshot, double[] scores) : ICollector
{
    private Scorer? _scorer;
    private int _docBase;

    public int Count { get; private set; }

    public bool AcceptsDocsOutOfOrder => true;

    public void SetScorer(Scorer scorer) => _scorer = scorer;

    public void SetNextReader(AtomicReaderContext context) => _docBase = context.DocBase;

    public void Collect(int doc)
    {
        var position = snapshot.PositionOfDoc(_docBase + doc);
        if (position >= 0)
        {
            scores[position] = _scorer!.GetScore();
            Count++;
        }
    }
}
