namespace IntegrationFunding.Domain.Taxonomy;

internal static class DeadlineTypeTerms
{
    public static readonly IReadOnlyList<TaxonomyTerm> All =
    [
        new("rolling", "laufend / jederzeit", ["laufend", "jederzeit", "fortlaufend"]),
        new("fixed", "feste Frist", ["Stichtag", "Antragsfrist"]),
        new("periodic", "wiederkehrend", ["jährlich", "Förderrunde", "Stichtage"]),
        new("closed", "abgelaufen / geschlossen", ["beendet", "ausgelaufen"]),
        new("unknown", "unbekannt"),
    ];
}
