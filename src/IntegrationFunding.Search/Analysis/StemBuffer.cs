using System.Text;

namespace IntegrationFunding.Search.Analysis;

/// <summary>A small mutable word buffer for the stemmer: indexed access, suffix tests and truncation.</summary>
internal sealed class StemBuffer(string word)
{
    private readonly StringBuilder _chars = new(word);

    public int Length => _chars.Length;

    public char this[int index]
    {
        get => _chars[index];
        set => _chars[index] = value;
    }

    public void Replace(int index, int count, string replacement)
    {
        _chars.Remove(index, count);
        _chars.Insert(index, replacement);
    }

    /// <summary>True when the text ending at <paramref name="end"/> (exclusive) is <paramref name="suffix"/>.</summary>
    public bool EndsWith(string suffix, int end)
    {
        if (end < suffix.Length || end > _chars.Length)
        {
            return false;
        }

        var start = end - suffix.Length;
        for (var i = 0; i < suffix.Length; i++)
        {
            if (_chars[start + i] != suffix[i])
            {
                return false;
            }
        }

        return true;
    }

    public bool EndsWith(string suffix) => EndsWith(suffix, _chars.Length);

    /// <summary>The longest of <paramref name="suffixes"/> the word ends with, or null.</summary>
    public string? LongestSuffix(string[] suffixes)
    {
        string? best = null;
        foreach (var suffix in suffixes)
        {
            if ((best is null || suffix.Length > best.Length) && EndsWith(suffix))
            {
                best = suffix;
            }
        }

        return best;
    }

    public void Truncate(int length) => _chars.Length = length;

    public override string ToString() => _chars.ToString();
}
