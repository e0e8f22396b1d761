using System.Globalization;

namespace IntegrationFunding.Domain.Municipalities;

/// <summary>The edition of the register in use: its Gebietsstand and the source credit Destatis asks for.</summary>
public sealed record RegisterEdition(DateOnly Gebietsstand)
{
    /// <summary>"© Statistisches Bundesamt (Destatis), 2025 – Gemeindeverzeichnis GV100AD, Gebietsstand 31.08.2025".</summary>
    public string Attribution => string.Create(CultureInfo.InvariantCulture,
        $"© Statistisches Bundesamt (Destatis), {Gebietsstand.Year} – Gemeindeverzeichnis GV100AD, Gebietsstand {Gebietsstand:dd.MM.yyyy}");
}
