using System.Text;

namespace IntegrationFunding.Crawler.FdbCsv;

/// <summary>
/// RFC 4180 records (comma, double quotes, doubled quotes inside, line breaks inside quoted fields). Small and
/// own because CsvHelper 34's reader is a new, span-based API; the table is read once per crawl.
/// </summary>
public static class Rfc4180
{
    public static IEnumerable<IReadOnlyList<string>> Records(TextReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var fields = new List<string>();
        var field = new StringBuilder();
        bool quoted = false, any = false;
        int c;
        while ((c = reader.Read()) >= 0)
        {
            var ch = (char)c;
            any = true;
            if (quoted)
            {
                if (ch == '"')
                {
                    if (reader.Peek() == '"')
                    {
                        field.Append('"');
                        reader.Read();
                    }
                    else
                    {
                        quoted = false;
                    }
                }
                else
                {
                    field.Append(ch);
                }
            }
            else if (ch == '"')
            {
                quoted = true;
            }
            else if (ch == ',')
            {
                fields.Add(field.ToString());
                field.Clear();
            }
            else if (ch == '\n' || ch == '\r')
            {
                if (ch == '\r' && reader.Peek() == '\n')
                {
                    reader.Read();
                }

                fields.Add(field.ToString());
                field.Clear();
                yield return fields;
                fields = [];
                any = false;
            }
            else
            {
                field.Append(ch);
            }
        }

        if (quoted)
        {
            throw new FormatException("CSV nicht lesbar: ein Anführungszeichen wird nicht geschlossen.");
        }

        if (any)
        {
            fields.Add(field.ToString());
            yield return fields;
        }
    }

    /// <summary>One record, every field quoted.</summary>
    public static string Write(IEnumerable<string?> fields) =>
        string.Join(',', fields.Select(f => "\"" + (f ?? "").Replace("\"", "\"\"", StringComparison.Ordinal) + "\"")) + "\n";
}
