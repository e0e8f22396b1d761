using System.Text.Encodings.Web;
using System.Text.Json;
using IntegrationFunding.Domain.Programmes;

namespace IntegrationFunding.Storage.Programmes;

/// <summary>How a programme is stored: its domain record as compact camelCase JSON.</summary>
internal static class ProgrammeJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        WriteIndented = false,
    };

    public static string Serialize(Programme programme) =>
        JsonSerializer.Serialize(programme with { FirstSeen = null, LastChanged = null }, Options);

    public static Programme Deserialize(string json) =>
        JsonSerializer.Deserialize<Programme>(json, Options) ?? throw new InvalidDataException("Empty programme document.");
}
