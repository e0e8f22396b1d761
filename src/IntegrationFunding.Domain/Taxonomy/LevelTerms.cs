namespace IntegrationFunding.Domain.Taxonomy;

internal static class LevelTerms
{
    public static readonly IReadOnlyList<TaxonomyTerm> All =
    [
        new("eu", "EU", ["Europäische Union", "EU-Förderung", "Brüssel"]),
        new("bund", "Bund", ["Bundesförderung", "Bundesprogramm", "Bundesregierung"]),
        new("land", "Land", ["Landesförderung", "Landesprogramm", "Bundesland"]),
        new("kommune", "Kommune", ["kommunale Förderung", "Stadt", "Landkreis", "Bezirk"]),
        new("stiftung", "Stiftung", ["Stiftungsförderung", "Stiftungen"]),
        new("sonstige", "Sonstige", ["Lotterie", "Soziallotterie", "Kirche", "Kirchenfonds"]),
    ];
}
