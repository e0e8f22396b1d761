using System.Globalization;
using System.Text;
using IntegrationFunding.Domain.Municipalities;

namespace IntegrationFunding.Storage.Municipalities;

/// <summary>
/// Reads the fixed-width GV100AD register (UTF-8 with BOM, 220 characters per record, CRLF; layout in
/// <c>Datensatzbeschreibung_GV100AD.pdf</c>). Every line is checked; any error refuses the whole file, naming the
/// line and the reason. Satzart 20 and 30 (Regierungsbezirke, Regionen) are checked and not kept; gemeindefreie
/// Gebiete (Textkennzeichen 65/66) count towards the totals of their Kreis and Land but are no Gemeinde.
/// </summary>
internal static class Gv100Parser
{
    public const int RecordLength = 220;
    private const int MaxErrors = 20;
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static RegisterData Parse(byte[] bytes)
    {
        var state = new ParseState();
        var lineNumber = 0;
        var start = bytes is [0xEF, 0xBB, 0xBF, ..] ? 3 : 0;
        while (start < bytes.Length && state.Errors.Count < MaxErrors)
        {
            var end = Array.IndexOf(bytes, (byte)'\n', start);
            var stop = end < 0 ? bytes.Length : end;
            lineNumber++;
            var length = stop - start;
            if (length > 0 && bytes[stop - 1] == '\r')
            {
                length--;
            }

            string line;
            try
            {
                line = StrictUtf8.GetString(bytes, start, length);
            }
            catch (DecoderFallbackException)
            {
                state.Error(lineNumber, "kein gültiges UTF-8 (das GV100AD ist seit 2016 UTF-8-kodiert).");
                line = string.Empty;
            }

            if (line.Length > 0)
            {
                ParseLine(state, lineNumber, line);
            }

            start = stop + 1;
        }

        return state.Finish();
    }

    private static void ParseLine(ParseState state, int n, string line)
    {
        if (line.Length != RecordLength)
        {
            state.Error(n, $"{line.Length} Zeichen statt {RecordLength} (feste Satzlänge des GV100AD).");
            return;
        }

        var satzart = line[..2];
        var level = satzart switch
        {
            "10" => RegisterLevels.Land,
            "40" => RegisterLevels.Kreis,
            "50" => RegisterLevels.Gemeindeverband,
            "60" => RegisterLevels.Gemeinde,
            "20" or "30" => string.Empty,
            _ => null,
        };
        if (level is null)
        {
            state.Error(n, $"Satzart \"{satzart}\" ist unbekannt (erwartet 10, 20, 30, 40, 50 oder 60).");
            return;
        }

        var stand = line[2..10];
        if (!DateOnly.TryParseExact(stand, "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var gebietsstand))
        {
            state.Error(n, $"Gebietsstand \"{stand}\" ist kein Datum JJJJMMTT.");
            return;
        }

        if (state.Gebietsstand is { } first && first != gebietsstand)
        {
            state.Error(n, $"Gebietsstand {stand} weicht vom Gebietsstand {first:yyyyMMdd} der ersten Zeile ab.");
            return;
        }

        state.Gebietsstand ??= gebietsstand;
        var land = line[10..12];
        var stateCode = RegisterStates.FromKey(land);
        if (stateCode is null)
        {
            state.Error(n, $"Land \"{land}\" ist kein Landesschlüssel (01 bis 16).");
            return;
        }

        if (level.Length == 0)
        {
            return; // Regierungsbezirk or Region: not kept
        }

        var name = line[22..72].Trim();
        if (name.Length == 0)
        {
            state.Error(n, "der Name (Stellen 23–72) ist leer.");
            return;
        }

        var kreis = line[10..15];
        var gemeinde = line[15..18];
        var verband = line[18..22];
        var keyDigits = level switch
        {
            RegisterLevels.Land => land,
            RegisterLevels.Kreis => kreis,
            RegisterLevels.Gemeindeverband => kreis + verband,
            _ => kreis + gemeinde + verband,
        };
        if (!keyDigits.All(char.IsAsciiDigit))
        {
            state.Error(n, $"der Regionalschlüssel \"{line[10..22].TrimEnd()}\" enthält Zeichen, die keine Ziffern sind.");
            return;
        }

        var textKey = line[122..124];
        var kind = level == RegisterLevels.Land ? RegisterKinds.Bundesland : RegisterKinds.FromTextKey(level, textKey);
        var unincorporated = level == RegisterLevels.Gemeinde && RegisterKinds.IsUnincorporated(textKey);
        if (kind is null && !unincorporated)
        {
            state.Error(n, $"Textkennzeichen \"{textKey}\" ist für Satzart {satzart} unbekannt (erwartet {string.Join(", ", RegisterKinds.TextKeys(level))}).");
            return;
        }

        var seat = line[72..122].Trim();
        var entry = new RegisterEntry
        {
            Key = level == RegisterLevels.Gemeinde ? kreis + gemeinde : keyDigits,
            Level = level,
            Kind = kind ?? string.Empty,
            Name = name,
            Seat = level == RegisterLevels.Gemeinde || seat.Length == 0 ? null : seat,
            State = stateCode,
            Ars = keyDigits.Length == 12 ? kreis + verband + gemeinde : keyDigits,
            KreisKey = level is RegisterLevels.Land or RegisterLevels.Kreis ? null : kreis,
            VerbandKey = level == RegisterLevels.Gemeinde ? kreis + verband : null,
        };
        if (level == RegisterLevels.Gemeinde)
        {
            entry = ParseGemeindeFacts(state, n, line, entry);
            if (entry is null)
            {
                return;
            }
        }

        state.Add(n, entry, unincorporated);
    }

    private static RegisterEntry? ParseGemeindeFacts(ParseState state, int n, string line, RegisterEntry entry)
    {
        if (!Number(line[128..139], out var area) || !Number(line[139..150], out var population))
        {
            state.Error(n, $"Fläche (Stellen 129–139) und Bevölkerung (140–150) müssen Zahlen sein, nicht \"{line[128..139]}\" und \"{line[139..150]}\".");
            return null;
        }

        var plz = line[165..170].Trim();
        if (plz.Length > 0 && (plz.Length != 5 || !plz.All(char.IsAsciiDigit)))
        {
            state.Error(n, $"die Postleitzahl \"{line[165..170]}\" (Stellen 166–170) hat nicht 5 Ziffern.");
            return null;
        }

        return entry with
        {
            AreaHectares = area, Population = population, Plz = plz.Length == 0 ? null : plz, PlzUnique = plz.Length > 0 && line[170..175].Trim().Length == 0,
        };
    }

    private static bool Number(string field, out long value) =>
        long.TryParse(field.Trim().Length == 0 ? "0" : field.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out value);

    private sealed class ParseState
    {
        private readonly Dictionary<string, (RegisterEntry Entry, int Line)> _entries = new(StringComparer.Ordinal);
        private readonly List<(RegisterEntry Area, int Line)> _unincorporated = [];

        public List<RegisterFileError> Errors { get; } = [];

        public DateOnly? Gebietsstand { get; set; }

        public void Error(int line, string message) => Errors.Add(new RegisterFileError(line, message));

        public void Add(int line, RegisterEntry entry, bool unincorporated)
        {
            if (unincorporated)
            {
                _unincorporated.Add((entry, line));
            }
            else if (!_entries.TryAdd(entry.Key, (entry, line)))
            {
                Error(line, $"der Schlüssel {entry.Key} kommt doppelt vor (zuerst in Zeile {_entries[entry.Key].Line}).");
            }
        }

        public RegisterData Finish()
        {
            if (Errors.Count == 0 && !_entries.Values.Any(e => e.Entry.Level == RegisterLevels.Gemeinde))
            {
                Errors.Add(new RegisterFileError(null, "Die Datei enthält keine Gemeinden (Satzart 60); ist es ein GV100AD?"));
            }

            var gemeinden = _entries.Values.Where(e => e.Entry.Level == RegisterLevels.Gemeinde).ToList();
            // Gemeindefreie Gebiete and their Verband records may lie outside any Kreis (the German-Luxembourg
            // condominium, Kreis 07000): only the Land is checked for those; gemeindefreie Gebiete are not kept.
            foreach (var (entry, line) in gemeinden.Concat(_entries.Values.Where(e => e.Entry.Level == RegisterLevels.Gemeindeverband)))
            {
                var kreisRequired = entry.Level == RegisterLevels.Gemeinde;
                if (Errors.Count < MaxErrors && ((kreisRequired && !Has(entry.KreisKey, RegisterLevels.Kreis)) || !Has(entry.Key[..2], RegisterLevels.Land)
                    || (entry.VerbandKey is not null && !Has(entry.VerbandKey, RegisterLevels.Gemeindeverband))))
                {
                    Error(line, $"{entry.Name} ({entry.Key}) gehört zu einem Land, Kreis oder Gemeindeverband, der in der Datei fehlt.");
                }
            }

            if (Errors.Count > 0)
            {
                throw new RegisterFileException(Errors);
            }

            var totals = Totals(gemeinden.Select(g => g.Entry).Concat(_unincorporated.Select(u => u.Area)));
            var entries = _entries.Values.Select(v => v.Entry).Select(e => Complete(e, totals)).OrderBy(e => e.Key, StringComparer.Ordinal).ToList();
            return new RegisterData(new RegisterEdition(Gebietsstand!.Value), entries, _unincorporated.Count);
        }

        private bool Has(string? key, string level) => key is not null && _entries.TryGetValue(key, out var e) && e.Entry.Level == level;

        /// <summary>Population and area summed over the Gemeinden (and gemeindefreie Gebiete) of each Land, Kreis and Gemeindeverband.</summary>
        private static Dictionary<string, (long Population, long Area)> Totals(IEnumerable<RegisterEntry> areas)
        {
            var totals = new Dictionary<string, (long Population, long Area)>(StringComparer.Ordinal);
            foreach (var area in areas)
            {
                foreach (var key in new[] { area.Key[..2], area.KreisKey!, area.VerbandKey! })
                {
                    var (population, hectares) = totals.GetValueOrDefault(key);
                    totals[key] = (population + (area.Population ?? 0), hectares + (area.AreaHectares ?? 0));
                }
            }

            return totals;
        }

        private RegisterEntry Complete(RegisterEntry e, Dictionary<string, (long Population, long Area)> totals)
        {
            var kreis = e.KreisKey is not null && _entries.TryGetValue(e.KreisKey, out var k) ? k.Entry : null;
            var verband = e.VerbandKey is not null && _entries.TryGetValue(e.VerbandKey, out var v) ? v.Entry : null;
            var completed = e with { KreisName = kreis?.Name, VerbandName = verband?.Name, VerbandKind = verband?.Kind };
            if (e.Level != RegisterLevels.Gemeinde)
            {
                var (population, area) = totals.GetValueOrDefault(e.Key);
                completed = completed with { Population = population, AreaHectares = area };
            }

            return completed;
        }
    }
}
