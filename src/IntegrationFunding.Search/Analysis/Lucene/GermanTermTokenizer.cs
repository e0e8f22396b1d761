using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace IntegrationFunding.Search.Analysis.Lucene;

/// <summary>
/// Reads a field's text and emits the terms of <see cref="GermanAnalyzer"/>: per word its main term (position
/// increment 1) followed by its part and gender-base terms at the same position (increment 0), with the word's
/// offsets in the original text (for highlighting). In exact mode each word gives one term: its normalised form,
/// unstemmed (exact forms rank above stems). Stop words are left out in both modes.
/// </summary>
internal sealed class GermanTermTokenizer : Tokenizer
{
    private readonly GermanAnalyzer _analysis;
    private readonly bool _exact;
    private readonly ICharTermAttribute _term;
    private readonly IOffsetAttribute _offset;
    private readonly IPositionIncrementAttribute _increment;
    private IReadOnlyList<AnalyzedToken> _tokens = [];
    private int _next;
    private int _length;

    public GermanTermTokenizer(TextReader input, GermanAnalyzer analysis, bool exact)
        : base(input)
    {
        _analysis = analysis;
        _exact = exact;
        _term = AddAttribute<ICharTermAttribute>();
        _offset = AddAttribute<IOffsetAttribute>();
        _increment = AddAttribute<IPositionIncrementAttribute>();
    }

    public override bool IncrementToken()
    {
        ClearAttributes();
        if (_next >= _tokens.Count)
        {
            return false;
        }

        var token = _tokens[_next++];
        _term.SetEmpty().Append(token.Term);
        _increment.PositionIncrement = token.IsPart ? 0 : 1;
        _offset.SetOffset(CorrectOffset(token.Start), CorrectOffset(token.Start + token.Length));
        return true;
    }

    public override void End()
    {
        base.End();
        var final = CorrectOffset(_length);
        _offset.SetOffset(final, final);
    }

    public override void Reset()
    {
        base.Reset();
        var text = m_input.ReadToEnd();
        _length = text.Length;
        _tokens = _exact ? ExactTokens(text) : _analysis.AnalyzeForIndex(text);
        _next = 0;
    }

    private static List<AnalyzedToken> ExactTokens(string text)
    {
        var result = new List<AnalyzedToken>();
        foreach (var word in GermanTokenizer.Tokenize(text))
        {
            var normalized = GermanNormalizer.Normalize(word.Text);
            if (GermanStopWords.Contains(normalized))
            {
                continue;
            }

            var exact = ExactForm(normalized);
            if (exact.Length > 0)
            {
                result.Add(new AnalyzedToken(exact, word.Start, word.Length, IsPart: false));
            }
        }

        return result;
    }

    /// <summary>The exact form of a normalised word: umlauts and ß spelt out, only a–z and 0–9 kept.</summary>
    public static string ExactForm(string normalizedWord)
    {
        var builder = new System.Text.StringBuilder(normalizedWord.Length + 2);
        foreach (var c in normalizedWord)
        {
            switch (c)
            {
                case 'ä': builder.Append("ae"); break;
                case 'ö': builder.Append("oe"); break;
                case 'ü': builder.Append("ue"); break;
                case 'ß': builder.Append("ss"); break;
                default:
                    if (TermForms.IsTermChar(c))
                    {
                        builder.Append(c);
                    }

                    break;
            }
        }

        var exact = builder.ToString();
        return exact.Length > TermForms.MaxTermLength ? exact[..TermForms.MaxTermLength] : exact;
    }
}
