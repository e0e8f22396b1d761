namespace IntegrationFunding.Domain.Taxonomy;

internal static class TargetGroupTerms
{
    public static readonly IReadOnlyList<TaxonomyTerm> All =
    [
        new("gefluechtete", "Geflüchtete", [
            "Flüchtlinge", "Flüchtling", "Geflüchtete", "Schutzsuchende", "Asylsuchende", "Asylbewerber", "Asylbewerbende",
            "Schutzberechtigte", "Bleibeberechtigte", "Geduldete", "Vertriebene", "Ukraine"]),
        new("neuzugewanderte", "Neuzugewanderte", [
            "Neuzugewanderte", "Neuzuwandernde", "Zugewanderte", "Zuwanderer", "Zuwandernde", "Ankommende",
            "Neuankommende"]),
        new("eu-zugewanderte", "EU-Zugewanderte", ["EU-Bürger", "EU-Zuwanderung", "Unionsbürger", "Südosteuropa"]),
        new("menschen-mit-migrationsgeschichte", "Menschen mit Migrationsgeschichte", [
            "Migranten", "Migrantinnen", "Migrant", "Migrationshintergrund", "Migrationsgeschichte",
            "Einwanderungsgeschichte", "Zuwanderungsgeschichte", "Migrantenorganisation", "Zugewanderte"]),
        new("kinder-jugendliche", "Kinder und Jugendliche", ["Kinder", "Jugendliche", "junge Menschen", "Schüler"]),
        new("frauen", "Frauen", ["Mütter", "Mädchen", "geflüchtete Frauen"]),
        new("familien", "Familien", ["Eltern", "Familie", "Alleinerziehende"]),
        new("fachkraefte", "Fachkräfte", ["ausländische Fachkräfte", "Fachkräfteeinwanderung", "Berufsanerkennung"]),
        new("alle", "Alle / ganze Nachbarschaft", ["Bevölkerung", "Nachbarschaft", "Aufnahmegesellschaft"]),
    ];
}
