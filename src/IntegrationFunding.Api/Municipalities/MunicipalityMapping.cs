using IntegrationFunding.Domain.Municipalities;

namespace IntegrationFunding.Api.Municipalities;

/// <summary>Register records as the public contract.</summary>
public static class MunicipalityMapping
{
    public static MunicipalityDto ToDto(this RegisterEntry e, RegisterEdition edition)
    {
        ArgumentNullException.ThrowIfNull(e);
        ArgumentNullException.ThrowIfNull(edition);
        var kreis = e.KreisKey is not null && e.KreisName is not null ? new RegisterRefDto(e.KreisKey, e.KreisName, null) : null;
        var verband = e.HasVerband ? new RegisterRefDto(e.VerbandKey!, e.VerbandName!, e.VerbandKind) : null;
        var isGemeinde = e.Level == RegisterLevels.Gemeinde;
        return new MunicipalityDto(
            e.Key, e.Level, e.Kind, RegisterKinds.Label(e.Kind), e.Name, e.Ags, e.Ars, e.State, e.Seat, kreis, verband, e.Population,
            e.AreaHectares is { } ha ? ha / 100m : null, isGemeinde ? e.Plz : null, isGemeinde ? e.PlzUnique : null,
            RegisterProfileKinds.Suggested(e), edition.Attribution);
    }
}
