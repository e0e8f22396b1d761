namespace IntegrationFunding.Domain.Municipalities;

/// <summary>
/// The kinds of register records, read from the Textkennzeichen of the Destatis file (Datensatzbeschreibung GV100AD):
/// stable ids with German labels.
/// </summary>
public static class RegisterKinds
{
    public const string Bundesland = "land";
    public const string KreisfreieStadt = "kreisfreie-stadt";
    public const string Stadtkreis = "stadtkreis";
    public const string Kreis = "kreis";
    public const string Landkreis = "landkreis";
    public const string Regionalverband = "regionalverband";
    public const string VerbandsfreieGemeinde = "verbandsfreie-gemeinde";
    public const string Markt = "markt";
    public const string Stadt = "stadt";
    public const string Gemeinde = "gemeinde";
    public const string GrosseKreisstadt = "grosse-kreisstadt";

    private static readonly Dictionary<string, string> Labels = new(StringComparer.Ordinal)
    {
        [Bundesland] = "Land",
        [KreisfreieStadt] = "Kreisfreie Stadt",
        [Stadtkreis] = "Stadtkreis",
        [Kreis] = "Kreis",
        [Landkreis] = "Landkreis",
        [Regionalverband] = "Regionalverband",
        [VerbandsfreieGemeinde] = "Verbandsfreie Gemeinde",
        ["amt"] = "Amt",
        ["samtgemeinde"] = "Samtgemeinde",
        ["verbandsgemeinde"] = "Verbandsgemeinde",
        ["verwaltungsgemeinschaft"] = "Verwaltungsgemeinschaft",
        ["kirchspielslandgemeinde"] = "Kirchspielslandgemeinde",
        ["verwaltungsverband"] = "Verwaltungsverband",
        ["vg-traegermodell"] = "Verwaltungsgemeinschaft (Trägermodell)",
        ["erfuellende-gemeinde"] = "Erfüllende Gemeinde",
        [Markt] = "Markt",
        [Stadt] = "Stadt",
        [Gemeinde] = "Gemeinde",
        [GrosseKreisstadt] = "Große Kreisstadt",
    };

    private static readonly Dictionary<string, string> Kreise = new(StringComparer.Ordinal)
    {
        ["41"] = KreisfreieStadt, ["42"] = Stadtkreis, ["43"] = Kreis, ["44"] = Landkreis, ["45"] = Regionalverband,
    };

    private static readonly Dictionary<string, string> Verbaende = new(StringComparer.Ordinal)
    {
        ["50"] = VerbandsfreieGemeinde, ["51"] = "amt", ["52"] = "samtgemeinde", ["53"] = "verbandsgemeinde", ["54"] = "verwaltungsgemeinschaft",
        ["55"] = "kirchspielslandgemeinde", ["56"] = "verwaltungsverband", ["57"] = "vg-traegermodell", ["58"] = "erfuellende-gemeinde",
    };

    private static readonly Dictionary<string, string> Gemeinden = new(StringComparer.Ordinal)
    {
        ["60"] = Markt, ["61"] = KreisfreieStadt, ["62"] = Stadtkreis, ["63"] = Stadt, ["64"] = Gemeinde, ["67"] = GrosseKreisstadt,
    };

    /// <summary>Textkennzeichen 65 and 66 of a Gemeinde record: gemeindefreies Gebiet (bewohnt, unbewohnt), not a Gemeinde.</summary>
    public static bool IsUnincorporated(string textKey) => textKey is "65" or "66";

    /// <summary>The kind id of a Textkennzeichen for a record type (Satzart 40, 50, 60), or null when the code is unknown there.</summary>
    public static string? FromTextKey(string level, string textKey) => level switch
    {
        RegisterLevels.Kreis => Kreise.GetValueOrDefault(textKey),
        RegisterLevels.Gemeindeverband => Verbaende.GetValueOrDefault(textKey),
        RegisterLevels.Gemeinde => Gemeinden.GetValueOrDefault(textKey),
        _ => null,
    };

    /// <summary>The Textkennzeichen codes valid at a level, for error messages.</summary>
    public static IReadOnlyCollection<string> TextKeys(string level) => level switch
    {
        RegisterLevels.Kreis => Kreise.Keys,
        RegisterLevels.Gemeindeverband => Verbaende.Keys,
        RegisterLevels.Gemeinde => [.. Gemeinden.Keys, "65", "66"],
        _ => [],
    };

    public static string Label(string kind) => Labels.GetValueOrDefault(kind, kind);
}
