namespace IntegrationFunding.Crawler.Extraction;

/// <summary>Maps a section label (any case, with or without umlauts) to what its text is about.</summary>
public static class SectionLabels
{
    private static readonly (SectionKind Kind, string[] Keys)[] Table =
    [
        (SectionKind.OwnShare, ["eigenanteil", "eigenmittel", "eigenbeteiligung", "own contribution"]),
        (SectionKind.Rate, ["foerderquote", "foerdersatz", "co-financing rate", "cofinancing rate", "funding rate"]),
        (SectionKind.Opening, ["antragsbeginn", "opening date", "oeffnung", "start der antragstellung"]),
        (SectionKind.ProgrammeEnd, ["programmende", "laufzeit des programms", "programmlaufzeit", "geltungsdauer"]),
        (SectionKind.Status, ["status"]),
        (SectionKind.Budget, ["foerdervolumen", "programmvolumen", "budget", "gesamtmittel"]),
        (SectionKind.Applicants, ["eligible applicants", "foerderberechtigt", "antragsberechtigt", "wer wird gefoerdert", "wer kann", "zuwendungsempfaenger", "antragsteller", "teilnahmeberechtigt"]),
        (SectionKind.Deadlines, ["deadline", "frist", "stichtag", "termin", "bewerbungsschluss", "einsendeschluss", "einreichung", "antragstellung", "antragsverfahren", "bewerbung"]),
        (SectionKind.Amounts, ["foerderhoehe", "art und umfang", "umfang der foerderung", "hoehe der foerderung", "zuwendungshoehe", "finanzierung", "konditionen", "foerdersumme", "grant per project", "preisgeld"]),
        (SectionKind.Region, ["foerdergebiet", "region", "gebiet", "bundesland"]),
        (SectionKind.Contact, ["ansprechpunkt", "ansprechpartner", "kontakt", "adresse", "foerdergeber", "weiterfuehrende links"]),
    ];

    public static SectionKind Classify(string? label)
    {
        if (string.IsNullOrWhiteSpace(label))
        {
            return SectionKind.General;
        }

        var folded = TextFolding.Fold(label).Trim().TrimEnd(':').Trim();
        foreach (var (kind, keys) in Table)
        {
            if (keys.Any(key => folded.Contains(key, StringComparison.Ordinal)))
            {
                return kind;
            }
        }

        return SectionKind.General;
    }
}
