namespace IntegrationFunding.Domain.Taxonomy;

internal static class ApplicantTerms
{
    public static readonly IReadOnlyList<TaxonomyTerm> All =
    [
        new("gemeinde", "Gemeinde", ["Gemeinden", "Kommune", "Kommunen", "Gebietskörperschaft"]),
        new("stadt", "Stadt (kreisangehörig)", ["Städte", "kreisangehörige Stadt", "Große Kreisstadt", "Kommune"]),
        new("kreisfreie-stadt", "Kreisfreie Stadt", ["Stadtkreis", "kreisfreie Städte", "Großstadt"]),
        new("landkreis", "Landkreis", ["Kreis", "Landkreise", "Kreise", "Region Hannover"]),
        new("gemeindeverband", "Gemeindeverband", ["Amt", "Ämter", "Verbandsgemeinde", "Samtgemeinde", "Verwaltungsgemeinschaft", "Verwaltungsverband"]),
        new("kommunaler-verbund", "Kommunaler Verbund", ["Zweckverband", "interkommunal", "kommunale Zusammenschlüsse", "kommunale Arbeitsgemeinschaft"]),
        new("verein", "Verein", ["Vereine", "gemeinnütziger Verein", "Initiative", "eingetragener Verein", "e. V."]),
        new("migrantenorganisation", "Migrantenorganisation", ["Migrantenselbstorganisation", "MSO", "MO", "Migrantenorganisationen"]),
        new("wohlfahrtsverband", "Wohlfahrtsverband", ["freie Träger", "Wohlfahrtspflege", "Caritas", "Diakonie", "AWO", "DRK", "Paritätischer"]),
        new("bildungstraeger", "Bildungsträger", ["Volkshochschule", "VHS", "Weiterbildungsträger", "Sprachkursträger"]),
        new("schule-kita", "Schule oder Kita", ["Schule", "Schulen", "Kita", "Kindertagesstätte", "Schulträger"]),
        new("unternehmen", "Unternehmen", ["Betriebe", "Arbeitgeber", "KMU", "Firma"]),
        new("hochschule", "Hochschule", ["Universität", "Fachhochschule", "Forschungseinrichtung"]),
        new("religionsgemeinschaft", "Religionsgemeinschaft", ["Kirchengemeinde", "Moscheegemeinde", "Kirche", "Moschee"]),
        new("stiftung", "Stiftung", ["Stiftungen"]),
        new("privatperson", "Privatperson", ["Einzelperson", "Bürgerinnen und Bürger", "Ehrenamtliche"]),
    ];

    /// <summary>The applicant ids that are municipalities (the <c>kind</c> of a profile).</summary>
    public static readonly IReadOnlyList<string> Municipal = ["gemeinde", "stadt", "kreisfreie-stadt", "landkreis", "gemeindeverband", "kommunaler-verbund"];
}
