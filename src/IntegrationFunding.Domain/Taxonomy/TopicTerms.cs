namespace IntegrationFunding.Domain.Taxonomy;

/// <summary>
/// Fields of action (Handlungsfelder) of municipal integration work, with the words officers use for them
/// (seed studies §3.2). The synonyms drive classification of crawled text and query expansion.
/// </summary>
internal static class TopicTerms
{
    public static readonly IReadOnlyList<TaxonomyTerm> All =
    [
        new("sprache", "Sprache", [
            "Sprachförderung", "Sprachkurs", "Deutschkurs", "Integrationskurs", "Sprachmittlung", "Dolmetschen",
            "Dolmetscher", "Übersetzung", "Sprachkompetenz", "Spracherwerb", "Deutsch als Zweitsprache", "DaZ",
            "Alphabetisierung", "Berufssprachkurs", "Sprachcafé", "Sprachpaten", "Kulturmittler", "Sprachmittler",
            "Orientierungskurs", "Deutschförderung", "Sprachangebot"]),
        new("bildung", "Bildung", [
            "Bildungsförderung", "Schule", "Kita", "frühkindliche Bildung", "Erwachsenenbildung", "Bildungskoordination",
            "Bildungsmanagement", "Bildungslandschaft", "Hausaufgabenhilfe", "Lernförderung", "Bildungsberatung",
            "Bildungspaten", "Elternarbeit", "Schulsozialarbeit", "Weiterbildung", "Seiteneinsteiger"]),
        new("arbeit-ausbildung", "Arbeit und Ausbildung", [
            "Arbeitsmarktintegration", "berufliche Integration", "Ausbildung", "Qualifizierung", "Beschäftigung",
            "Berufsorientierung", "Anerkennung ausländischer Abschlüsse", "Anerkennungsberatung", "Fachkräftesicherung",
            "Jobcoaching", "Arbeitsmarkt", "Übergang Schule-Beruf", "Existenzgründung", "Welcome Center"]),
        new("wohnen-quartier", "Wohnen und Quartier", [
            "Wohnen", "Wohnraum", "Quartier", "Quartiersmanagement", "Quartiersentwicklung", "Nachbarschaft",
            "Stadtteil", "Stadtentwicklung", "Städtebauförderung", "Sozialer Zusammenhalt", "Soziale Stadt",
            "Gemeinwesenarbeit", "Stadtteilarbeit", "Sozialraum", "Wohnumfeld", "Dorfentwicklung"]),
        new("gesundheit", "Gesundheit", [
            "Gesundheitsförderung", "psychosoziale Versorgung", "Trauma", "Traumatisierung", "Gesundheitslotsen",
            "psychologische Hilfe", "Prävention", "Pflege"]),
        new("beratung-migrationsdienste", "Beratung und Migrationsdienste", [
            "Migrationsberatung", "Beratungsstelle", "Migrationsdienst", "Sozialberatung", "Lotsen", "Integrationslotsen",
            "Case Management", "Fallmanagement", "aufsuchende Beratung", "Flüchtlingsberatung", "Asylverfahrensberatung",
            "Begleitung", "Wegweiser"]),
        new("teilhabe-engagement", "Teilhabe und Engagement", [
            "Teilhabe", "Partizipation", "Ehrenamt", "bürgerschaftliches Engagement", "Freiwilligenarbeit", "Engagement",
            "Begegnung", "Patenschaft", "Mentoring", "Empowerment", "Zusammenhalt", "Zusammenleben", "Nachbarschaftshilfe",
            "Engagementförderung", "Integrationsrat", "Migrantenbeirat"]),
        new("interkulturelle-oeffnung", "Interkulturelle Öffnung", [
            "interkulturelle Öffnung", "Diversität", "Vielfalt", "Diversity", "interkulturelle Kompetenz",
            "Diversitätsmanagement", "Willkommenskultur", "interkulturelle Fortbildung", "Verwaltung öffnen"]),
        new("demokratie-antidiskriminierung", "Demokratie und Antidiskriminierung", [
            "Demokratieförderung", "Antidiskriminierung", "Rassismus", "Antirassismus", "Diskriminierung",
            "Extremismusprävention", "Radikalisierungsprävention", "Toleranz", "Demokratie", "Rechtsextremismus",
            "Menschenfeindlichkeit"]),
        new("kultur-sport-freizeit", "Kultur, Sport und Freizeit", [
            "Kultur", "Sport", "Freizeit", "Sportverein", "kulturelle Bildung", "Musik", "Theater", "Kunst"]),
        new("kinder-jugend-familie", "Kinder, Jugend und Familie", [
            "Kinder", "Jugendliche", "Jugend", "Familie", "Familienbildung", "Jugendarbeit", "Jugendhilfe",
            "Eltern", "Frühe Hilfen", "Kinderbetreuung"]),
        new("frauen-gleichstellung", "Frauen und Gleichstellung", [
            "Frauen", "Gleichstellung", "Mütter", "Frauenförderung", "Gewaltschutz", "Mädchen"]),
        new("integrationsmanagement-koordination", "Integrationsmanagement und Koordination", [
            "Integrationsmanagement", "Kommunales Integrationsmanagement", "KIM", "Koordinierung", "Koordination",
            "Koordinierungsstelle", "Integrationskonzept", "Integrationsstrategie", "Integrationsbeauftragte",
            "Integrationszentrum", "Kommunale Integrationszentren", "Steuerung", "Monitoring", "Evaluation",
            "Personalkostenförderung", "Strukturförderung", "Netzwerk", "Vernetzung", "Integrationsbüro"]),
        new("aufnahme-unterbringung", "Aufnahme und Unterbringung", [
            "Aufnahme", "Unterbringung", "Erstaufnahme", "Gemeinschaftsunterkunft", "Erstorientierung", "Ankommen",
            "Sozialbetreuung", "Flüchtlingsunterkunft", "Wohnsitzauflage"]),
    ];
}
