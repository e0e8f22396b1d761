namespace IntegrationFunding.Domain.Profiles;

/// <summary>The <c>kind</c> of a municipality profile: the applicant ids a municipality itself can be.</summary>
public static class MunicipalityKinds
{
    public const string Gemeinde = "gemeinde";
    public const string Stadt = "stadt";
    public const string KreisfreieStadt = "kreisfreie-stadt";
    public const string Landkreis = "landkreis";

    public static IReadOnlyList<string> All { get; } = [Gemeinde, Stadt, KreisfreieStadt, Landkreis];
}
