using IntegrationFunding.Domain.Profiles;

namespace IntegrationFunding.Matching.Conditions;

/// <summary>
/// Which applicant id a profile's kind counts as. A Große Kreisstadt (Baden-Württemberg § 3 Abs. 2 GemO, Bayern
/// Art. 9 GO, Sachsen § 3 Abs. 2 SächsGemO) is a kreisangehörige Stadt with extra tasks of the untere
/// Verwaltungsbehörde, never kreisfrei: it applies as <c>stadt</c>. The other Länder know no Große Kreisstadt; their
/// comparable statuses (große kreisangehörige / große selbständige Stadt, Sonderstatusstadt) are kreisangehörig too, so
/// the same mapping holds everywhere (docs/ELIGIBILITY.md lists them per Land).
/// </summary>
public static class ApplicantKinds
{
    public static string Of(MunicipalityProfile profile)
    {
        ArgumentNullException.ThrowIfNull(profile);
        return profile.Kind == MunicipalityKinds.GrosseKreisstadt ? MunicipalityKinds.Stadt : profile.Kind;
    }
}
