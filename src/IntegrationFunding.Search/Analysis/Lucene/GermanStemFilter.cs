using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace IntegrationFunding.Search.Analysis.Lucene;

/// <summary>
/// Snowball German stemming as a Lucene <see cref="TokenFilter"/>. Lucene's own <c>SnowballFilter</c> with
/// <c>German2Stemmer</c> ships an older revision of the algorithm and matches only 96.5 % of the official vocabulary
/// (33,792 / 35,033: no -et, -eln/-ern, -nisse, -erin/-erinnen rules); <see cref="GermanStemmer"/> matches all of it.
/// Input must be lower case.
/// </summary>
public sealed class GermanStemFilter : TokenFilter
{
    private readonly ICharTermAttribute _term;
    private readonly bool _harmonizeFinalS;

    public GermanStemFilter(TokenStream input, bool harmonizeFinalS = false)
        : base(input)
    {
        _term = AddAttribute<ICharTermAttribute>();
        _harmonizeFinalS = harmonizeFinalS;
    }

    public override bool IncrementToken()
    {
        if (!m_input.IncrementToken())
        {
            return false;
        }

        var stem = GermanStemmer.Stem(_term.ToString(), _harmonizeFinalS);
        _term.SetEmpty().Append(stem);
        return true;
    }
}
