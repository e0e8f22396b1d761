namespace IntegrationFunding.Domain.Taxonomy;

internal static class StateTerms
{
    public static readonly IReadOnlyList<TaxonomyTerm> All =
    [
        new("DE-BW", "Baden-Württemberg", ["BW"]),
        new("DE-BY", "Bayern", ["BY", "Freistaat Bayern"]),
        new("DE-BE", "Berlin", ["BE"]),
        new("DE-BB", "Brandenburg", ["BB"]),
        new("DE-HB", "Bremen", ["HB", "Bremerhaven"]),
        new("DE-HH", "Hamburg", ["HH"]),
        new("DE-HE", "Hessen", ["HE"]),
        new("DE-MV", "Mecklenburg-Vorpommern", ["MV"]),
        new("DE-NI", "Niedersachsen", ["NI"]),
        new("DE-NW", "Nordrhein-Westfalen", ["NRW", "NW"]),
        new("DE-RP", "Rheinland-Pfalz", ["RP", "RLP"]),
        new("DE-SL", "Saarland", ["SL"]),
        new("DE-SN", "Sachsen", ["SN", "Freistaat Sachsen"]),
        new("DE-ST", "Sachsen-Anhalt", ["ST", "LSA"]),
        new("DE-SH", "Schleswig-Holstein", ["SH"]),
        new("DE-TH", "Thüringen", ["TH", "Freistaat Thüringen"]),
    ];
}
