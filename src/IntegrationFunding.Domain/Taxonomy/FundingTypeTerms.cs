namespace IntegrationFunding.Domain.Taxonomy;

internal static class FundingTypeTerms
{
    public static readonly IReadOnlyList<TaxonomyTerm> All =
    [
        new("zuschuss", "Zuschuss", ["Zuwendung", "Förderung", "Projektförderung", "Fehlbedarfsfinanzierung", "Anteilfinanzierung"]),
        new("darlehen", "Darlehen", ["Kredit", "Förderkredit"]),
        new("personalkostenzuschuss", "Personalkostenzuschuss", ["Personalkosten", "Stellenförderung", "Personalstelle"]),
        new("preis", "Preis", ["Auszeichnung", "Wettbewerb", "Preisgeld", "Award"]),
        new("sachleistung", "Sachleistung", ["Sachmittel"]),
        new("beratung", "Beratung", ["Prozessbegleitung", "Coaching", "Vernetzung"]),
    ];
}
