namespace IntegrationFunding.Domain.Profiles;

/// <summary>
/// The <c>kind</c> of a municipality profile. Most kinds are also applicant ids; a Große Kreisstadt is a kreisangehörige
/// Stadt with extra tasks (how each Land treats it is decided by the applicant rule in Matching).
/// </summary>
public static class MunicipalityKinds
{
    public const string Gemeinde = "gemeinde";
    public const string Stadt = "stadt";
    public const string GrosseKreisstadt = "grosse-kreisstadt";
    public const string KreisfreieStadt = "kreisfreie-stadt";
    public const string Landkreis = "landkreis";
    /// <summary>Amt, Verbandsgemeinde, Samtgemeinde, Verwaltungsgemeinschaft: a union of Gemeinden below the Kreis.</summary>
    public const string Gemeindeverband = "gemeindeverband";

    public static IReadOnlyList<string> All { get; } = [Gemeinde, Stadt, GrosseKreisstadt, KreisfreieStadt, Landkreis, Gemeindeverband];
}
