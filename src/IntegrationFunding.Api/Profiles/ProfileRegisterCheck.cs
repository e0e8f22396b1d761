using IntegrationFunding.Api.Contracts;
using IntegrationFunding.Domain.Municipalities;

namespace IntegrationFunding.Api.Profiles;

/// <summary>
/// Fills a profile request from the municipality register (by <c>ags</c>, or for a Gemeindeverband by
/// <c>gemeindeverbandArs</c>): omitted name, state, kind, population, Kreis and Gemeindeverband come from the record;
/// given values that contradict it are errors naming the field, in German.
/// </summary>
internal static class ProfileRegisterCheck
{
    public static (ProfileRequest Request, Dictionary<string, string[]> Errors) Apply(ProfileRequest request, MunicipalityIndex index)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(index);
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        if (index.Edition is not { } edition)
        {
            return (request, errors);
        }

        var ags = ProfileValidator.IsAgs(request.Ags) ? request.Ags!.Trim() : null;
        var verbandArs = request.GemeindeverbandArs?.Trim();
        RegisterEntry? entry;
        if (ags is not null)
        {
            entry = index.FindForAgs(ags);
            if (entry is null)
            {
                errors["ags"] = [$"Den Amtlichen Gemeindeschlüssel \"{ags}\" gibt es im Gemeindeverzeichnis (Gebietsstand {edition.Gebietsstand:dd.MM.yyyy}) nicht."];
                return (request, errors);
            }
        }
        else if (string.IsNullOrWhiteSpace(request.Ags) && verbandArs is { Length: 9 } && index.Find(verbandArs) is { Level: RegisterLevels.Gemeindeverband, IsVerbandsfrei: false } verband)
        {
            entry = verband;
        }
        else
        {
            return (request, errors);
        }

        var what = $"{entry.Name} ({RegisterKinds.Label(entry.Kind)}, {entry.Key})";
        var kreisKey = entry.Level == RegisterLevels.Kreis ? entry.Key : entry.KreisKey;
        var kreisName = entry.Level == RegisterLevels.Kreis ? entry.Name : entry.KreisName;
        var (verbandKey, verbandName) = entry.Level switch
        {
            RegisterLevels.Gemeindeverband => (entry.Key, entry.Name),
            RegisterLevels.Gemeinde when entry.HasVerband => (entry.VerbandKey, entry.VerbandName),
            _ => (null, null),
        };

        if (request.State is not null && request.State != entry.State)
        {
            errors["state"] = [$"Das Land 'state' ({request.State}) passt nicht zum Gemeindeverzeichnis: {what} liegt in {entry.State}."];
        }

        var allowed = RegisterProfileKinds.Allowed(entry);
        if (request.Kind is not null && !allowed.Contains(request.Kind))
        {
            errors["kind"] = [$"Die Art 'kind' ({request.Kind}) passt nicht zum Gemeindeverzeichnis: {what} ist als {string.Join(" oder ", allowed)} anzulegen."];
        }

        if (!string.IsNullOrWhiteSpace(request.KreisAgs) && kreisKey is not null && request.KreisAgs.Trim() != kreisKey)
        {
            errors["kreisAgs"] = [$"Der Kreisschlüssel 'kreisAgs' ({request.KreisAgs}) passt nicht zum Gemeindeverzeichnis: {what} gehört zum Kreis {kreisKey}."];
        }

        if (ags is not null && !string.IsNullOrWhiteSpace(verbandArs) && verbandArs != verbandKey)
        {
            errors["gemeindeverbandArs"] = [verbandKey is null
                ? $"'gemeindeverbandArs' ({verbandArs}) passt nicht zum Gemeindeverzeichnis: {what} gehört zu keinem Gemeindeverband."
                : $"'gemeindeverbandArs' ({verbandArs}) passt nicht zum Gemeindeverzeichnis: {what} gehört zum Gemeindeverband {verbandKey}."];
        }

        var filled = request with
        {
            Name = string.IsNullOrWhiteSpace(request.Name) ? entry.Name : request.Name,
            State = request.State ?? entry.State,
            Kind = request.Kind ?? RegisterProfileKinds.Suggested(entry),
            Population = request.Population ?? (entry.Population is { } p ? (int)Math.Min(int.MaxValue, p) : null),
            KreisAgs = string.IsNullOrWhiteSpace(request.KreisAgs) ? kreisKey : request.KreisAgs,
            KreisName = string.IsNullOrWhiteSpace(request.KreisName) ? kreisName : request.KreisName,
            GemeindeverbandArs = string.IsNullOrWhiteSpace(verbandArs) ? verbandKey : verbandArs,
            GemeindeverbandName = string.IsNullOrWhiteSpace(request.GemeindeverbandName) ? verbandName : request.GemeindeverbandName,
        };
        return (filled, errors);
    }
}
