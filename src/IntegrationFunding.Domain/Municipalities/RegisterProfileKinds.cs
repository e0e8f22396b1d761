using IntegrationFunding.Domain.Profiles;

namespace IntegrationFunding.Domain.Municipalities;

/// <summary>
/// Which profile kinds (<see cref="MunicipalityKinds"/>) a register record may have: a kreisangehörige Gemeinde is a
/// Gemeinde, Stadt or Große Kreisstadt (its kind stays editable within that tier), a kreisfreie Stadt (or Stadtkreis)
/// only a kreisfreie Stadt, a Kreis only a Landkreis, a Gemeindeverband only a Gemeindeverband.
/// </summary>
public static class RegisterProfileKinds
{
    private static readonly string[] Kreisangehoerig = [MunicipalityKinds.Gemeinde, MunicipalityKinds.Stadt, MunicipalityKinds.GrosseKreisstadt];

    /// <summary>The profile kind a record suggests, or null for records that are no profile (Länder, verbandsfreie Verband records).</summary>
    public static string? Suggested(RegisterEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        return (entry.Level, entry.Kind) switch
        {
            (RegisterLevels.Gemeinde or RegisterLevels.Kreis, RegisterKinds.KreisfreieStadt or RegisterKinds.Stadtkreis) => MunicipalityKinds.KreisfreieStadt,
            (RegisterLevels.Gemeinde, RegisterKinds.Stadt) => MunicipalityKinds.Stadt,
            (RegisterLevels.Gemeinde, RegisterKinds.GrosseKreisstadt) => MunicipalityKinds.GrosseKreisstadt,
            (RegisterLevels.Gemeinde, _) => MunicipalityKinds.Gemeinde,
            (RegisterLevels.Kreis, _) => MunicipalityKinds.Landkreis,
            (RegisterLevels.Gemeindeverband, not RegisterKinds.VerbandsfreieGemeinde) => MunicipalityKinds.Gemeindeverband,
            _ => null,
        };
    }

    /// <summary>The profile kinds that do not contradict the record.</summary>
    public static IReadOnlyList<string> Allowed(RegisterEntry entry) => Suggested(entry) switch
    {
        null => [],
        MunicipalityKinds.Gemeinde or MunicipalityKinds.Stadt or MunicipalityKinds.GrosseKreisstadt => Kreisangehoerig,
        var kind => [kind],
    };
}
