namespace IntegrationFunding.Api.Municipalities;

/// <summary>A Land, Kreis, Gemeindeverband or Gemeinde of the official register (Destatis GV100AD).</summary>
public sealed record MunicipalityDto(
    string Key,
    string Level,
    string Kind,
    string KindLabel,
    string Name,
    string? Ags,
    string Ars,
    string State,
    string? Seat,
    RegisterRefDto? Kreis,
    RegisterRefDto? Gemeindeverband,
    long? Population,
    decimal? AreaKm2,
    string? Plz,
    bool? PlzUnique,
    string? ProfileKind,
    string Attribution);

/// <summary>The Kreis or Gemeindeverband a record belongs to.</summary>
public sealed record RegisterRefDto(string Key, string Name, string? Kind);

/// <summary>One page of register matches, with the source credit of the edition.</summary>
public sealed record MunicipalitySearchResponseDto(int Total, int Page, int PageSize, IReadOnlyList<MunicipalityDto> Items, string? Gebietsstand, string? Attribution);
