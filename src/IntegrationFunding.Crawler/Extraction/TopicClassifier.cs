using IntegrationFunding.Domain.Taxonomy;

namespace IntegrationFunding.Crawler.Extraction;

/// <summary>Assigns topic ids (Handlungsfelder) from the taxonomy synonyms; generic words need a second signal.</summary>
public sealed class TopicClassifier
{
    private static readonly HashSet<string> Weak = new(StringComparer.Ordinal)
    {
        "Schule", "Kita", "Weiterbildung", "Elternarbeit", "Ausbildung", "Qualifizierung", "Beschäftigung", "Arbeitsmarkt",
        "Wohnen", "Quartier", "Nachbarschaft", "Stadtteil", "Prävention", "Pflege", "Trauma", "Begleitung", "Wegweiser",
        "Lotsen", "Engagement", "Zusammenhalt", "Zusammenleben", "Vielfalt", "Diversität", "Diversity",
        "Demokratie", "Toleranz", "Diskriminierung", "Kultur", "Sport", "Freizeit", "Musik", "Theater", "Kunst",
        "Kinder", "Jugendliche", "Jugend", "Familie", "Eltern", "Frauen", "Mütter", "Mädchen", "Koordinierung",
        "Koordination", "Steuerung", "Monitoring", "Evaluation", "Netzwerk", "Vernetzung", "Aufnahme", "Ankommen",
        "Übersetzung", "Teilhabe", "Sozialraum", "Bildung", "Arbeit und Ausbildung", "Gesundheit", "Sprache",
    };

    private static readonly Dictionary<string, string[]> Extra = new(StringComparer.Ordinal)
    {
        ["gesundheit"] = ["psychosozial", "Gesundheitsversorgung"],
        ["sprache"] = ["Sprachförder", "Sprachkurse", "Deutschkurse", "Sprachlern", "Deutschlern"],
        ["arbeit-ausbildung"] = ["Arbeitsmarktintegration", "Berufseinstieg", "Anerkennungsverfahren", "Ausbildungsplatz"],
        ["teilhabe-engagement"] = ["Ehrenamtliche", "engagier", "Freiwillige", "Engagierte", "gesellschaftliche Teilhabe", "Begegnungsangebote", "Begegnungsstätte"],
        ["beratung-migrationsdienste"] = ["Beratungsangebot", "Migrationssozialarbeit", "Jugendmigrationsdienst", "Anlaufstelle"],
        ["integrationsmanagement-koordination"] = ["Koordinierungsstellen", "Koordinationsstelle", "Integrationskoordination", "Integrationsmanager"],
        ["demokratie-antidiskriminierung"] = ["Antisemitismus", "Demokratiebildung", "demokratische Kultur", "Rassismuskritik"],
        ["kinder-jugend-familie"] = ["Jugendsozialarbeit", "Kinder- und Jugendarbeit", "Familienzentr", "Kinder und Jugendliche"],
        ["frauen-gleichstellung"] = ["geflüchtete Frauen", "Frauenprojekt", "Migrantinnen"],
        ["aufnahme-unterbringung"] = ["Unterkünfte", "Gemeinschaftsunterkünfte", "Anschlussunterbringung"],
    };

    private static readonly HashSet<string> Ignored = new(StringComparer.Ordinal) { "Frauen", "Kita", "Schule", "Beschäftigung" };

    private readonly VocabularyClassifier _classifier = new(Vocabularies.Topics, Weak, Extra, Ignored);

    public IReadOnlyList<ClassifiedTerm> Classify(string text, string label = "Text") => Classify(SourceSentences.From(text, label));

    public IReadOnlyList<ClassifiedTerm> Classify(IReadOnlyList<SourceSentence> sentences) => _classifier.Classify(sentences);
}
