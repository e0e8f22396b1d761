using IntegrationFunding.Domain.Changes;
using IntegrationFunding.Domain.Taxonomy;

namespace IntegrationFunding.Digest.Composition;

/// <summary>Turns field-level changes into short German lines ("Frist verschoben 30.09. → 31.10.").</summary>
public static class ChangeDescriber
{
    private const string Unknown = "unbekannt";

    /// <summary>The line for a programme marked removed after it was missing from several crawls of its source.</summary>
    public const string Removed = "Nicht mehr in der Quelle gefunden – vermutlich beendet";

    public static IReadOnlyList<string> Describe(IEnumerable<FieldChange> changes) =>
        (changes ?? throw new ArgumentNullException(nameof(changes))).Select(Describe).OfType<string>().ToList();

    public static string? Describe(FieldChange change)
    {
        ArgumentNullException.ThrowIfNull(change);
        var (old, now) = (change.OldValue, change.NewValue);
        return change.Field switch
        {
            "deadlines" => Deadlines(old, now),
            "fundingRateMaxPercent" => $"Förderquote {Percent(old)} → {Percent(now)}",
            "ownShareMinPercent" => $"Eigenanteil {Percent(old)} → {Percent(now)}",
            "amountMaxEur" => $"Höchstbetrag {Euro(old)} → {Euro(now)}",
            "amountMinEur" => $"Mindestbetrag {Euro(old)} → {Euro(now)}",
            "programmeStart" => $"Programmbeginn {Date(old)} → {Date(now)}",
            "programmeEnd" => $"Programmende {Date(old)} → {Date(now)}",
            "deadlineType" => $"Fristart {Label(Vocabularies.DeadlineTypes, old)} → {Label(Vocabularies.DeadlineTypes, now)}",
            "fundingType" => $"Förderart {Label(Vocabularies.FundingTypes, old)} → {Label(Vocabularies.FundingTypes, now)}",
            "level" => $"Ebene {Label(Vocabularies.Levels, old)} → {Label(Vocabularies.Levels, now)}",
            "applicants" => ListChange("Antragsberechtigte", Vocabularies.Applicants, old, now),
            "topics" => ListChange("Handlungsfelder", Vocabularies.Topics, old, now),
            "targetGroups" => ListChange("Zielgruppen", Vocabularies.TargetGroups, old, now),
            "states" => ListChange("Länder", Vocabularies.States, old, now),
            "municipalitiesEligible" => $"Kommunen selbst antragsberechtigt: {YesNo(old)} → {YesNo(now)}",
            "name" => $"Neuer Name (vorher „{old}“)",
            "funder" => $"Fördergeber {old ?? Unknown} → {now ?? Unknown}",
            "ownShareNote" => "Hinweis zum Eigenanteil aktualisiert",
            "summary" => "Beschreibung aktualisiert",
            "url" => "Adresse der Programmseite geändert",
            "lifecycle" => now == "ended" ? "Programm beendet" : $"Programmstatus {Lifecycle(old)} → {Lifecycle(now)}",
            _ => null,
        };
    }

    private static string Deadlines(string? old, string? now)
    {
        var before = Dates(old);
        var after = Dates(now);
        if (before.Count == 0)
        {
            return "Neue Frist: " + Join(after, before);
        }

        if (after.Count == 0)
        {
            return "Frist entfällt (bisher " + Join(before, after) + ")";
        }

        var verb = before.Count == 1 && after.Count == 1 ? "Frist verschoben" : "Fristen geändert";
        return $"{verb} {Join(before, after)} → {Join(after, before)}";
    }

    private static List<DateOnly> Dates(string? list) =>
        (list ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(GermanFormat.ParseIsoDate).OfType<DateOnly>().ToList();

    /// <summary>Short dates (30.09.) when all dates involved share one year, else full dates.</summary>
    private static string Join(List<DateOnly> dates, List<DateOnly> other)
    {
        var sameYear = dates.Concat(other).Select(d => d.Year).Distinct().Count() == 1;
        return string.Join(", ", dates.Select(d => sameYear ? GermanFormat.ShortDate(d) : GermanFormat.Date(d)));
    }

    private static string ListChange(string label, Vocabulary vocabulary, string? old, string? now)
    {
        var before = Split(old);
        var after = Split(now);
        var parts = after.Except(before).Select(id => "+ " + vocabulary.LabelOf(id))
            .Concat(before.Except(after).Select(id => "− " + vocabulary.LabelOf(id)));
        return $"{label}: {string.Join(", ", parts)}";
    }

    private static string[] Split(string? list) => (list ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    private static string Percent(string? value) => GermanFormat.ParseNumber(value) is { } n ? GermanFormat.Percent(n) : Unknown;

    private static string Euro(string? value) => GermanFormat.ParseNumber(value) is { } n ? GermanFormat.Euro(n) : Unknown;

    private static string Date(string? value) => GermanFormat.ParseIsoDate(value) is { } d ? GermanFormat.Date(d) : Unknown;

    private static string Label(Vocabulary vocabulary, string? id) => id is null ? Unknown : vocabulary.LabelOf(id);

    private static string YesNo(string? value) => value switch { "true" => "ja", "false" => "nein", _ => Unknown };

    private static string Lifecycle(string? value) => value switch { "active" => "aktiv", "ended" => "beendet", _ => Unknown };
}
