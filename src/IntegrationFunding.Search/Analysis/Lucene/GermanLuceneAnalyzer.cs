using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;

namespace IntegrationFunding.Search.Analysis.Lucene;

/// <summary>
/// The German analysis as a Lucene <see cref="Analyzer"/>. Fields ending in <see cref="ExactSuffix"/> get the exact
/// (normalised, unstemmed) word forms; all other text fields get the full index terms (stems, compound and hyphen
/// parts, gender base forms) stacked at the word's position (position increment 0, like Lucene's synonym filter).
/// <para>
/// Why our own tokenizer instead of Analysis.Common's <c>StandardTokenizer</c> + <c>GermanNormalizationFilter</c> +
/// <c>SnowballFilter(German2)</c> + <c>DictionaryCompoundWordTokenFilter</c>: the standard tokenizer splits gender
/// forms (Migrant*innen, Migrant:innen, Migrant_innen, Migrant·innen, Lotsinnen/-lotsen) into fragments and keeps
/// PDF line-break hyphenation; German2 is an older revision of the Snowball algorithm (33,792 of the 35,033 official
/// words: it lacks -et, -eln/-ern, -nisse and -erin/-erinnen); and the dictionary compound filter with a short
/// lexicon emits junk parts ("Ansprache" → sprach, "Exkursion" → kur) and makes indexing four times slower. The
/// project's <see cref="GermanAnalyzer"/> does all of this correctly and is tested word by word, so the Lucene
/// tokenizer feeds its tokens into Lucene unchanged.
/// </para>
/// </summary>
public sealed class GermanLuceneAnalyzer(GermanAnalyzer analysis) : Analyzer(PER_FIELD_REUSE_STRATEGY)
{
    /// <summary>Fields with this suffix hold exact word forms.</summary>
    public const string ExactSuffix = "_exact";

    /// <summary>Changes whenever analysis output changes; an index built by another version is rebuilt.</summary>
    public const string Version = "german-1";

    /// <summary>The analysis the tokens come from.</summary>
    public GermanAnalyzer Analysis => analysis;

    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        var exact = fieldName.EndsWith(ExactSuffix, StringComparison.Ordinal);
        return new TokenStreamComponents(new GermanTermTokenizer(reader, analysis, exact));
    }

    /// <summary>
    /// The stemming step on its own as a Lucene chain (keyword tokenizer, lower case, <see cref="GermanStemFilter"/>):
    /// the official Snowball vocabulary test runs through it.
    /// </summary>
    public static Analyzer StemmingOnly() => new StemmingAnalyzer();

    private sealed class StemmingAnalyzer : Analyzer
    {
        protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
        {
            var tokenizer = new KeywordTokenizer(reader);
            return new TokenStreamComponents(tokenizer, new GermanStemFilter(new LowerCaseFilter(LuceneSettings.Version, tokenizer)));
        }
    }
}
