using System.Reflection;

namespace IntegrationFunding.Search.Analysis;

/// <summary>Reads the word lists embedded in this assembly (one entry a line, '#' starts a comment line).</summary>
internal static class EmbeddedWordList
{
    public static IReadOnlyList<string> Load(string fileName)
    {
        var name = "IntegrationFunding.Search.Analysis." + fileName;
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"Embedded word list {name} is missing.");
        using var reader = new StreamReader(stream);
        var words = new List<string>();
        while (reader.ReadLine() is { } line)
        {
            var trimmed = line.Trim();
            if (trimmed.Length > 0 && !trimmed.StartsWith('#'))
            {
                words.Add(trimmed);
            }
        }

        return words;
    }
}
