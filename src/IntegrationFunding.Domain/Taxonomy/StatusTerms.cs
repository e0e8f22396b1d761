namespace IntegrationFunding.Domain.Taxonomy;

internal static class StatusTerms
{
    public static readonly IReadOnlyList<TaxonomyTerm> All =
    [
        new("open", "offen"),
        new("upcoming", "demnächst"),
        new("closed", "geschlossen"),
        new("unknown", "unbekannt"),
    ];
}
