namespace IntegrationFunding.Crawler.Extraction;

/// <summary>Maps a section label (any case, with or without umlauts) to what its text is about.</summary>
public static class SectionLabels
{
    private static readonly (SectionKind Kind, string[] Keys)[] Table =
    [
        (SectionKind.OwnShare, ["eigenanteil", "eigenmittel", "eigenbeteiligung", "eigenleistung", "eigenbeitrag", "own contribution"]),
        (SectionKind.Rate, ["foerderquote", "foerdersatz", "foerderanteil", "co-financing", "cofinancing", "funding rate"]),
        (SectionKind.Opening, ["antragsbeginn", "opening date", "call opens", "oeffnung", "start der antragstellung"]),
        (SectionKind.ProgrammeEnd, ["programmende", "laufzeit des programms", "programmlaufzeit", "geltungsdauer"]),
        (SectionKind.Status, ["status"]),
        (SectionKind.Budget, ["foerdervolumen", "programmvolumen", "budget", "gesamtmittel"]),
        (SectionKind.Applicants, ["eligible applicants", "foerderberechtigt", "antragsberechtigt", "wer wird gefoerdert", "wer kann", "wer darf", "who can apply", "eligibility", "zuwendungsempfaenger", "antragsteller", "teilnahmeberechtigt"]),
        (SectionKind.Deadlines, ["deadline", "frist", "stichtag", "termin", "bewerbungsschluss", "einsendeschluss", "antragsschluss", "einreichungsschluss", "einreichung", "antragstellung", "antragsverfahren", "bewerbung"]),
        (SectionKind.Amounts, ["foerderhoehe", "art und umfang", "umfang der foerderung", "hoehe der foerderung", "zuwendungshoehe", "finanzierung", "konditionen", "foerdersumme", "foerderbetrag", "grant per project", "eu contribution", "grant size", "project size", "preisgeld"]),
        (SectionKind.Region, ["foerdergebiet", "region", "gebiet", "bundesland"]),
        (SectionKind.Contact, ["ansprechpunkt", "ansprechpartner", "kontakt", "adresse", "foerdergeber", "weiterfuehrende links"]),
    ];

    private static readonly string[] PerProject = ["je projekt", "pro projekt", "je vorhaben", "pro vorhaben", "je massnahme", "pro massnahme", "per project"];

    public static SectionKind Classify(string? label)
    {
        if (string.IsNullOrWhiteSpace(label))
        {
            return SectionKind.General;
        }

        var folded = TextFolding.Fold(label).Trim().TrimEnd(':').Trim();
        if (PerProject.Any(key => folded.Contains(key, StringComparison.Ordinal)))
        {
            // "Fördervolumen je Projekt" is the amount one project may get, not the programme's budget.
            return SectionKind.Amounts;
        }

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
