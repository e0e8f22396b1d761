using System.Globalization;
using IntegrationFunding.Domain.Taxonomy;
using YamlDotNet.RepresentationModel;

namespace IntegrationFunding.Storage.Catalogue;

/// <summary>Typed field readers: each returns null (and records an error) when a value is missing or invalid.</summary>
internal sealed partial class CatalogueEntryParser
{
    private YamlNode? Node(string key) =>
        mapping.Children.TryGetValue(new YamlScalarNode(key), out var node) ? node : null;

    private static bool IsNull(YamlNode? node) =>
        node is null || (node is YamlScalarNode s && s.Style == YamlDotNet.Core.ScalarStyle.Plain && (s.Value is null or "" or "null" or "~"));

    private string? Text(string key)
    {
        var node = Node(key);
        if (IsNull(node))
        {
            return null;
        }

        if (node is not YamlScalarNode scalar)
        {
            Fail(key, "Ein einzelner Wert wird erwartet.", node);
            return null;
        }

        var value = scalar.Value?.Trim();
        return string.IsNullOrEmpty(value) ? null : value;
    }

    private string? RequiredText(string key)
    {
        var value = Text(key);
        if (value is null)
        {
            Fail(key, "Pflichtfeld fehlt oder ist leer.");
        }

        return value;
    }

    private string? Id(string key, Vocabulary vocabulary, bool required)
    {
        var value = required ? RequiredText(key) : Text(key);
        if (value is not null && !vocabulary.Contains(value))
        {
            Fail(key, $"Unbekannter Wert \"{value}\" (erlaubt: {string.Join(", ", vocabulary.Ids)}).");
            return null;
        }

        return value;
    }

    private List<string> Strings(string key)
    {
        var node = Node(key);
        if (IsNull(node))
        {
            return [];
        }

        if (node is not YamlSequenceNode sequence)
        {
            Fail(key, "Eine Liste wird erwartet.", node);
            return [];
        }

        var values = new List<string>();
        foreach (var item in sequence.Children)
        {
            if (item is YamlScalarNode { Value: { Length: > 0 } value })
            {
                values.Add(value.Trim());
            }
            else
            {
                Fail(key, "Jeder Listeneintrag muss ein einzelner Wert sein.", item);
            }
        }

        return values;
    }

    private List<string> Ids(string key, Vocabulary vocabulary)
    {
        var values = Strings(key);
        foreach (var value in values.Where(v => !vocabulary.Contains(v)))
        {
            Fail(key, $"Unbekannter Wert \"{value}\" (erlaubt: {string.Join(", ", vocabulary.Ids)}).");
        }

        return values.Where(vocabulary.Contains).Distinct(StringComparer.Ordinal).ToList();
    }

    private decimal? Number(string key, decimal min, decimal max)
    {
        var text = Text(key);
        if (text is null)
        {
            return null;
        }

        if (!decimal.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out var value))
        {
            Fail(key, $"\"{text}\" ist keine Zahl.");
            return null;
        }

        if (value < min || value > max)
        {
            Fail(key, $"{text} liegt außerhalb von {min.ToString(CultureInfo.InvariantCulture)} bis {max.ToString(CultureInfo.InvariantCulture)}.");
            return null;
        }

        return value;
    }

    private decimal? Percent(string key) => Number(key, 0, 100);

    private decimal? Amount(string key) => Number(key, 0, 100_000_000_000m);

    private DateOnly? Date(string key) => ParseDate(key, Text(key));

    private DateOnly? ParseDate(string key, string? text)
    {
        if (text is null)
        {
            return null;
        }

        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        Fail(key, $"\"{text}\" ist kein gültiges Datum (erwartet JJJJ-MM-TT).");
        return null;
    }

    private List<DateOnly> Dates(string key) =>
        Strings(key).Select(s => ParseDate(key, s)).OfType<DateOnly>().Distinct().Order().ToList();

    private string? Url(string key, bool required)
    {
        var text = required ? RequiredText(key) : Text(key);
        return text is null ? null : CheckUrl(key, text);
    }

    private List<string> Urls(string key) => Strings(key).Select(u => CheckUrl(key, u)).OfType<string>().ToList();

    private string? CheckUrl(string key, string text)
    {
        if (Uri.TryCreate(text, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps))
        {
            return text;
        }

        Fail(key, $"\"{text}\" ist keine http(s)-Adresse.");
        return null;
    }

    private void Fail(string? field, string message, YamlNode? at = null)
    {
        var line = at is not null ? CatalogueReader.Line(at) : Node(field ?? string.Empty) is { } node ? CatalogueReader.Line(node) : CatalogueReader.Line(mapping);
        errors.Add(new CatalogueError(fileName, index, _id, field, line, message));
    }
}
