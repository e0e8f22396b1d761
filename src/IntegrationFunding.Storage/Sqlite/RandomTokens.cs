using System.Security.Cryptography;

namespace IntegrationFunding.Storage.Sqlite;

/// <summary>Unguessable identifiers and secrets from the system's cryptographic random generator.</summary>
public static class RandomTokens
{
    private const string Alphabet = "abcdefghijklmnopqrstuvwxyz234567";

    /// <summary>Lower-case base32 (RFC 4648 alphabet, no padding) of <paramref name="bytes"/> random bytes.</summary>
    public static string Base32(int bytes)
    {
        var data = RandomNumberGenerator.GetBytes(bytes);
        var chars = new char[((bytes * 8) + 4) / 5];
        int buffer = 0, bits = 0, index = 0;
        foreach (var b in data)
        {
            buffer = (buffer << 8) | b;
            bits += 8;
            while (bits >= 5)
            {
                chars[index++] = Alphabet[(buffer >> (bits - 5)) & 31];
                bits -= 5;
            }
        }

        if (bits > 0)
        {
            chars[index] = Alphabet[(buffer << (5 - bits)) & 31];
        }

        return new string(chars);
    }
}
