using System.Globalization;
using YamlDotNet.RepresentationModel;

namespace IntegrationFunding.Crawler.Sources;

/// <summary>Typed, position-aware access to a YAML mapping; every error names file, line and key.</summary>
internal sealed class YamlNodeReader(string filePath, YamlMappingNode node, string path)
{
    private readonly HashSet<string> _read = new(StringComparer.Ordinal);

    public long Line => node.Start.Line;

    public SourceConfigException Error(YamlNode at, string reason) => new(filePath, at.Start.Line, reason);

    public SourceConfigException Error(string reason) => new(filePath, node.Start.Line, reason);

    public YamlNode? Find(string key)
    {
        _read.Add(key);
        return node.Children.TryGetValue(new YamlScalarNode(key), out var value) ? value : null;
    }

    public string? String(string key, bool required = false)
    {
        var value = Find(key);
        if (value is null || value is YamlScalarNode { Value: null or "" })
        {
            return required ? throw Error($"Pflichtfeld '{Qualify(key)}' fehlt (required key missing).") : null;
        }

        if (value is not YamlScalarNode scalar)
        {
            throw Error(value, $"'{Qualify(key)}' muss ein einzelner Wert sein (expected a scalar).");
        }

        return scalar.Value!.Trim();
    }

    public bool Bool(string key, bool fallback)
    {
        var text = String(key);
        return text switch
        {
            null => fallback,
            "true" or "yes" or "ja" => true,
            "false" or "no" or "nein" => false,
            _ => throw Error(Find(key)!, $"'{Qualify(key)}' muss true oder false sein, nicht '{text}'."),
        };
    }

    public int Int(string key, int fallback, int min, int max)
    {
        var text = String(key);
        if (text is null)
        {
            return fallback;
        }

        if (!int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) || value < min || value > max)
        {
            throw Error(Find(key)!, $"'{Qualify(key)}' muss eine ganze Zahl von {min} bis {max} sein, nicht '{text}'.");
        }

        return value;
    }

    public double Double(string key, double fallback, double min, double max)
    {
        var text = String(key);
        if (text is null)
        {
            return fallback;
        }

        if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) || value < min || value > max)
        {
            throw Error(Find(key)!, $"'{Qualify(key)}' muss eine Zahl von {min.ToString(CultureInfo.InvariantCulture)} bis {max.ToString(CultureInfo.InvariantCulture)} sein, nicht '{text}'.");
        }

        return value;
    }

    public TimeSpan Duration(string key, TimeSpan fallback)
    {
        var text = String(key);
        if (text is null)
        {
            return fallback;
        }

        return DurationText.TryParse(text, out var value)
            ? value
            : throw Error(Find(key)!, $"'{Qualify(key)}' ist keine Dauer: '{text}' (Beispiele: 500ms, 2s, 1m, 00:00:30).");
    }

    public IReadOnlyList<(string Value, YamlNode Node)> Strings(string key, bool required = false)
    {
        var value = Find(key);
        switch (value)
        {
            case null:
                return required ? throw Error($"Pflichtfeld '{Qualify(key)}' fehlt (required key missing).") : [];
            case YamlScalarNode { Value: { Length: > 0 } single }:
                return [(single.Trim(), value)];
            case YamlSequenceNode sequence:
                var items = new List<(string, YamlNode)>();
                foreach (var item in sequence.Children)
                {
                    if (item is not YamlScalarNode { Value: { Length: > 0 } text })
                    {
                        throw Error(item, $"'{Qualify(key)}' darf nur einfache Werte enthalten.");
                    }

                    items.Add((text.Trim(), item));
                }

                return required && items.Count == 0 ? throw Error(value, $"'{Qualify(key)}' darf nicht leer sein.") : items;
            default:
                throw Error(value, $"'{Qualify(key)}' muss eine Liste sein (expected a list).");
        }
    }

    public YamlNodeReader? Mapping(string key, bool required = false)
    {
        var value = Find(key);
        return value switch
        {
            null => required ? throw Error($"Abschnitt '{Qualify(key)}' fehlt (required section missing).") : null,
            YamlMappingNode mapping => new YamlNodeReader(filePath, mapping, Qualify(key)),
            _ => throw Error(value, $"'{Qualify(key)}' muss ein Abschnitt mit Schlüsseln sein (expected a mapping)."),
        };
    }

    /// <summary>One mapping or a list of mappings under <paramref name="key"/> (e.g. several <c>pairs</c> blocks).</summary>
    public IReadOnlyList<YamlNodeReader> MappingOrList(string key)
    {
        var value = Find(key);
        switch (value)
        {
            case null:
                return [];
            case YamlMappingNode mapping:
                return [new YamlNodeReader(filePath, mapping, Qualify(key))];
            case YamlSequenceNode sequence:
                var blocks = new List<YamlNodeReader>();
                for (var i = 0; i < sequence.Children.Count; i++)
                {
                    blocks.Add(sequence.Children[i] is YamlMappingNode item
                        ? new YamlNodeReader(filePath, item, $"{Qualify(key)}[{i}]")
                        : throw Error(sequence.Children[i], $"'{Qualify(key)}[{i}]' muss ein Abschnitt mit Schlüsseln sein (expected a mapping)."));
                }

                return blocks;
            default:
                throw Error(value, $"'{Qualify(key)}' muss ein Abschnitt oder eine Liste von Abschnitten sein.");
        }
    }

    public IEnumerable<(string Key, YamlNode KeyNode, YamlNode Value)> Entries() =>
        node.Children.Select(e => (((YamlScalarNode)e.Key).Value ?? "", e.Key, e.Value));

    /// <summary>Rejects keys nobody read: typos must not be silently ignored.</summary>
    public void RejectUnknownKeys()
    {
        foreach (var (key, keyNode) in node.Children.Select(e => (((YamlScalarNode)e.Key).Value ?? "", e.Key)))
        {
            if (!_read.Contains(key))
            {
                throw Error(keyNode, $"Unbekannter Schlüssel '{Qualify(key)}' (unknown key; Tippfehler?).");
            }
        }
    }

    public string Qualify(string key) => path.Length == 0 ? key : $"{path}.{key}";
}
