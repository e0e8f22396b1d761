using System.Security.Cryptography;
using System.Text.Json;
using IntegrationFunding.Domain.Programmes;

namespace IntegrationFunding.Search.Indexing;

/// <summary>A short hash of everything a programme document is built from: equal fingerprints need no re-indexing.</summary>
internal static class ProgrammeFingerprint
{
    public static string Of(Programme programme) =>
        Convert.ToHexString(SHA256.HashData(JsonSerializer.SerializeToUtf8Bytes(programme, JsonSerializerOptions.Web)), 0, 12);
}
