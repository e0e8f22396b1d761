using IntegrationFunding.Domain.Taxonomy;

namespace IntegrationFunding.Crawler.Extraction;

/// <summary>Assigns target group ids (final beneficiaries) from the taxonomy synonyms; generic words need a second signal.</summary>
public sealed class TargetGroupClassifier
{
    private static readonly HashSet<string> Weak = new(StringComparer.Ordinal)
    {
        "Kinder", "Familie", "Eltern", "Bevölkerung", "Nachbarschaft", "Aufnahmegesellschaft", "Zugewanderte",
        "Ukraine", "Schüler", "Migrant", "Alle / ganze Nachbarschaft",
    };

    private static readonly Dictionary<string, string[]> Extra = new(StringComparer.Ordinal)
    {
        ["gefluechtete"] = ["geflüchtete", "Flüchtlingen", "Asylsuchenden", "Schutzsuchenden", "Geflohene", "Fluchterfahrung", "Fluchtgeschichte"],
        ["neuzugewanderte"] = ["neu zugewanderte", "Neuzugewanderten", "neu Zugewanderte"],
        ["menschen-mit-migrationsgeschichte"] = ["zugewandert", "Migrantinnen und Migranten", "Eingewanderte", "Drittstaatsangehörig"],
        ["kinder-jugendliche"] = ["Kindern und Jugendlichen", "junge Geflüchtete", "junge Zugewanderte", "junge Menschen"],
        ["frauen"] = ["Frauen", "Migrantinnen", "weibliche"],
        ["familien"] = ["Familien", "Eltern und Kinder"],
        ["fachkraefte"] = ["Fachkräfte aus dem Ausland", "internationale Fachkräfte", "ausländischen Berufsabschlüssen"],
        ["alle"] = ["gesamte Bevölkerung", "alle Bürgerinnen und Bürger", "Einheimische"],
    };

    private static readonly HashSet<string> Ignored = new(StringComparer.Ordinal) { "Zugewanderte", "Migrantenorganisation", "Ukraine" };

    private readonly VocabularyClassifier _classifier = new(Vocabularies.TargetGroups, Weak, Extra, Ignored);

    public IReadOnlyList<ClassifiedTerm> Classify(string text, string label = "Text") => Classify(SourceSentences.From(text, label));

    public IReadOnlyList<ClassifiedTerm> Classify(IReadOnlyList<SourceSentence> sentences) => _classifier.Classify(sentences);
}
