namespace IntegrationFunding.Domain.Municipalities;

/// <summary>
/// One record of the municipality register (Gemeindeverzeichnis): a Land, Kreis, Gemeindeverband or Gemeinde with its
/// official keys. Population and area of Länder, Kreise and Gemeindeverbände are the sums over their Gemeinden
/// (gemeindefreie Gebiete included).
/// </summary>
public sealed record RegisterEntry
{
    /// <summary>The lookup key: AGS of a Land (2 digits), Kreis (5) or Gemeinde (8); Regionalschlüssel of a Gemeindeverband (9).</summary>
    public required string Key { get; init; }
    /// <summary>land | kreis | gemeindeverband | gemeinde (<see cref="RegisterLevels"/>).</summary>
    public required string Level { get; init; }
    /// <summary>Kind id from the Textkennzeichen (<see cref="RegisterKinds"/>).</summary>
    public required string Kind { get; init; }
    /// <summary>The official name, e.g. "Flensburg, Stadt".</summary>
    public required string Name { get; init; }
    /// <summary>Sitz der Verwaltung (Länder, Kreise, Gemeindeverbände).</summary>
    public string? Seat { get; init; }
    /// <summary>ISO 3166-2 code of the Land.</summary>
    public required string State { get; init; }
    /// <summary>Amtlicher Regionalschlüssel: Land 2, Kreis 5, Gemeindeverband 9, Gemeinde 12 digits.</summary>
    public required string Ars { get; init; }
    /// <summary>Five-digit key of the Kreis (Kreise, Gemeindeverbände, Gemeinden).</summary>
    public string? KreisKey { get; init; }
    public string? KreisName { get; init; }
    /// <summary>Nine-digit key of the Gemeindeverband (Gemeinden).</summary>
    public string? VerbandKey { get; init; }
    public string? VerbandName { get; init; }
    public string? VerbandKind { get; init; }
    public long? Population { get; init; }
    public long? AreaHectares { get; init; }
    /// <summary>The Gemeinde's first postcode (of the administration when it has several).</summary>
    public string? Plz { get; init; }
    /// <summary>True when the Gemeinde has only this one postcode.</summary>
    public bool PlzUnique { get; init; }

    /// <summary>The 8-digit AGS of a Land, Kreis or Gemeinde (a Gemeindeverband has none).</summary>
    public string? Ags => Level == RegisterLevels.Gemeindeverband ? null : Key;

    /// <summary>True for a Gemeindeverband record that only wraps one verbandsfreie Gemeinde.</summary>
    public bool IsVerbandsfrei => Kind == RegisterKinds.VerbandsfreieGemeinde;

    /// <summary>True when the Gemeinde belongs to a real Gemeindeverband (Amt, Verbandsgemeinde, …).</summary>
    public bool HasVerband => VerbandKey is not null && VerbandKind is not null and not RegisterKinds.VerbandsfreieGemeinde;
}
