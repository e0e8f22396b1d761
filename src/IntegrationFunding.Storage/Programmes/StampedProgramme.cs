using IntegrationFunding.Domain.Programmes;

namespace IntegrationFunding.Storage.Programmes;

/// <summary>A programme with its storage key and the stamp of its stored row (equal stamps = unchanged row).</summary>
public sealed record StampedProgramme(long Key, string Stamp, Programme Programme);

/// <summary>A stable 64-bit FNV-1a hash of a stored programme row, as 16 hex digits (the same in every process).</summary>
internal static class RowStamp
{
    public static string Of(string doc, string firstSeen, string lastChanged)
    {
        var hash = 14695981039346656037UL;
        foreach (var part in (ReadOnlySpan<string>)[doc, firstSeen, lastChanged])
        {
            foreach (var c in part)
            {
                hash = (hash ^ c) * 1099511628211UL;
            }

            hash = (hash ^ 0xFFFF) * 1099511628211UL;
        }

        return hash.ToString("x16", System.Globalization.CultureInfo.InvariantCulture);
    }
}
