namespace IntegrationFunding.Crawler.Extraction;

/// <summary>Maps a section label (any case, with or without umlauts) to what its text is about.</summary>
public static class SectionLabels
{
    private static readonly (SectionKind Kind, string[] Keys)[] Table =
    [
        (SectionKind.Applicants, ["foerderberechtigt", "antragsberechtigt", "wer wird gefoerdert", "wer kann", "zuwendungsempfaenger", "antragsteller", "teilnahmeberechtigt"]),
        (SectionKind.Deadlines, ["frist", "stichtag", "termin", "bewerbungsschluss", "einsendeschluss", "einreichung", "antragstellung", "antragsverfahren", "bewerbung"]),
        (SectionKind.Amounts, ["foerderhoehe", "art und umfang", "umfang der foerderung", "hoehe der foerderung", "zuwendungshoehe", "foerderquote", "foerdersatz", "finanzierung", "konditionen", "foerdersumme"]),
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
