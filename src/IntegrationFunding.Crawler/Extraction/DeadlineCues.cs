using System.Text.RegularExpressions;

namespace IntegrationFunding.Crawler.Extraction;

/// <summary>The German words that tell deadlines, programme periods and call states apart.</summary>
internal static partial class DeadlineCues
{
    [GeneratedRegex(@"antrag|anträge|antragsfrist|(?<!be)frist|einzureichen|einreich|eingereicht|eingegangen|eingehen|bewerbung|bewerben|bewerbungsschluss|einsendeschluss|stichtag|skizze|interessenbekundung|vorzulegen|vorlage\s+der|teilnahmeschluss|anmeldeschluss", RegexOptions.IgnoreCase)]
    public static partial Regex Application();

    [GeneratedRegex(@"programm\w*\s+läuft|läuft\s+(?:das|die|der)\s+(?:programm|richtlinie|förder)|programmlaufzeit|laufzeit\s+(?:des|der)\s+(?:programms|förderprogramms|richtlinie|förderrichtlinie)|förderperiode|förderzeitraum|förderphase|richtlinie\s+(?:gilt|tritt|ist\s+befristet)|in\s+kraft|außer\s+kraft|gültig\s+bis|gilt\s+bis|befristet|(?:programm|richtlinie|förderperiode|laufzeit)\w*\s+(?:\p{L}+\s+){0,6}?endet|(?:vorhaben|projekte|maßnahmen)\s+müssen\s+spätestens\s+(?:am|bis)|geltungsdauer|^\s*laufzeit\b|\blaufzeit\s*:|\blaufzeit\s+(?:von\s+)?(?:20\d\d|\d{1,2}\.)", RegexOptions.IgnoreCase)]
    public static partial Regex ProgrammePeriod();

    [GeneratedRegex(@"projektzeitraum|projektlaufzeit|projektdauer|durchführungszeitraum|bewilligungszeitraum|maßnahmezeitraum|projektbeginn|projektstart|projekte?\s+(?:müssen|sollen|können|dürfen)\s+(?:\p{L}+\s+){0,4}(?:beginnen|starten|begonnen|enden|abgeschlossen)|maßnahmen?\s+(?:müssen|sollen)\s+(?:\p{L}+\s+){0,4}(?:beginnen|durchgeführt|abgeschlossen)|umgesetzt\s+werden|beginnen|durchgeführt\s+werden|richtlinie\s+vom|\bvom\s*:|\bstand\s*:|veröffentlicht", RegexOptions.IgnoreCase)]
    public static partial Regex NotADeadline();

    [GeneratedRegex(@"frist\s+(?:endete|ist\s+(?:abgelaufen|beendet|verstrichen)|lief\s+(?:am|bis))|(?:aufruf|förderaufruf|ausschreibung|wettbewerb|antragsverfahren|bewerbungsphase|antragsphase|förderrunde|antragsrunde)\b[^.;]{0,140}?\b(?:ist|wurde|war)\s+(?:beendet|abgeschlossen|geschlossen|ausgelaufen)|keine\s+(?:neuen\s+)?anträge\s+mehr|nicht\s+mehr\s+(?:möglich|gestellt|angenommen|entgegengenommen)|antragstellung\s+ist\s+(?:beendet|geschlossen|abgeschlossen)|programm\s+(?:ist|wurde)\s+(?:beendet|eingestellt|ausgelaufen)|ausgelaufen|mittel\s+sind\s+(?:ausgeschöpft|erschöpft|vergeben)", RegexOptions.IgnoreCase)]
    public static partial Regex Closed();

    /// <summary>Short status lines, also in English ("Closed", "geschlossen", "beendet").</summary>
    [GeneratedRegex(@"^\s*(?:closed|geschlossen|beendet|abgeschlossen|abgelaufen)\b|\bclosed\s+for\s+submission|\bsubmission\s+closed", RegexOptions.IgnoreCase)]
    public static partial Regex ClosedStatus();

    [GeneratedRegex(@"(?<!nicht\s)(?<!nicht\s\p{L}+\s)\b(?:laufend|jederzeit|fortlaufend|ganzjährig|ohne\s+(?:feste\s+)?(?:frist|stichtag)|keine\s+(?:feste\s+)?(?:antragsfrist|frist|stichtage?)|bis\s+(?:zur\s+)?ausschöpfung|solange\s+(?:die\s+)?(?:haushalts)?mittel|nach\s+verfügbarkeit\s+der\s+mittel)\b", RegexOptions.IgnoreCase)]
    public static partial Regex Rolling();

    [GeneratedRegex(@"\bjährlich|jedes\s+jahr|jeden\s+jahres|jedes\s+jahres|eines\s+jeden\s+jahres|\bjeweils\s+(?:zum|bis|am)|halbjährlich|vierteljährlich|quartalsweise|folgejahr|\bturnus|regelmäßig\s+(?:aufrufe|stichtage)", RegexOptions.IgnoreCase)]
    public static partial Regex Periodic();

    [GeneratedRegex(@"(?:\bab\b|\bvom\b|\bseit\b|beginn|start|\bvon\b|in\s+kraft)\s*(?:dem\s+|den\s+)?(?:\p{L}+,\s*)?$", RegexOptions.IgnoreCase)]
    public static partial Regex StartBefore();

    [GeneratedRegex(@"^\s*(?:beginnen|starten|begonnen|in\s+kraft)", RegexOptions.IgnoreCase)]
    public static partial Regex StartAfter();

    [GeneratedRegex(@"\b(?:20\d\d)\s*(?:bis|[-–])\s*(?:20\d\d)\b")]
    public static partial Regex YearRange();
}
