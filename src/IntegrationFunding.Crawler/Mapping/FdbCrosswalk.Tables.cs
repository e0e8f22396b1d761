namespace IntegrationFunding.Crawler.Mapping;

public static partial class FdbCrosswalk
{
    private static readonly Dictionary<string, string[]> FundingTypeTable = Table(
        ("zuschuss", "Zuschuss", ["zuschuss"]),
        ("darlehen", "Darlehen", ["darlehen"]));

    private static readonly Dictionary<string, string[]> ApplicantTable = Table(
        ("kommune", "Kommune", ["gemeinde", "stadt", "kreisfreie-stadt", "landkreis"]),
        ("verband_vereinigung", "Verband/Vereinigung", ["verein", "wohlfahrtsverband"]),
        ("bildungseinrichtung", "Bildungseinrichtung", ["bildungstraeger", "schule-kita"]),
        ("hochschule", "Hochschule", ["hochschule"]),
        ("oeffentliche_einrichtung", "Öffentliche Einrichtung", []),
        ("unternehmen", "Unternehmen", ["unternehmen"]),
        ("existenzgruenderin", "Existenzgründer/in", ["unternehmen"]),
        ("privatperson", "Privatperson", ["privatperson"]));

    private static readonly Dictionary<string, string[]> StateTable = Table(
        ("baden_wuerttemberg", "Baden-Württemberg", ["DE-BW"]), ("bayern", "Bayern", ["DE-BY"]), ("berlin", "Berlin", ["DE-BE"]),
        ("brandenburg", "Brandenburg", ["DE-BB"]), ("bremen", "Bremen", ["DE-HB"]), ("hamburg", "Hamburg", ["DE-HH"]),
        ("hessen", "Hessen", ["DE-HE"]), ("mecklenburg_vorpommern", "Mecklenburg-Vorpommern", ["DE-MV"]),
        ("de_ni", "Niedersachsen", ["DE-NI"]), ("nordrhein_westfalen", "Nordrhein-Westfalen", ["DE-NW"]),
        ("rheinland_pfalz", "Rheinland-Pfalz", ["DE-RP"]), ("saarland", "Saarland", ["DE-SL"]), ("sachsen", "Sachsen", ["DE-SN"]),
        ("de_st", "Sachsen-Anhalt", ["DE-ST"]), ("schleswig_holstein", "Schleswig-Holstein", ["DE-SH"]),
        ("schlesig_holstein", "Schleswig-Holstein", ["DE-SH"]), ("thueringen", "Thüringen", ["DE-TH"]));

    private static readonly Dictionary<string, string[]> TopicTable = Table(
        ("arbeit", "Arbeit", ["arbeit-ausbildung"]),
        ("aus_weiterbildung", "Aus- & Weiterbildung", ["bildung", "arbeit-ausbildung"]),
        ("frauenfoerderung", "Frauenförderung", ["frauen-gleichstellung"]),
        ("kultur_medien_sport", "Kultur, Medien & Sport", ["kultur-sport-freizeit"]),
        ("staedtebau_stadterneuerung", "Städtebau & Stadterneuerung", ["wohnen-quartier"]),
        ("wohnungsbau_modernisierung", "Wohnungsbau & Modernisierung", ["wohnen-quartier"]),
        ("buergerschaftliches_engagement", "Bürgerschaftliches Engagement", ["teilhabe-engagement"]),
        ("gesundheit", "Gesundheit", ["gesundheit"]),
        ("gleichstellung", "Gleichstellung", ["frauen-gleichstellung"]),
        ("kinder_jugendliche_familien", "Kinder, Jugendliche & Familien", ["kinder-jugend-familie"]),
        ("eingliederung_besonderer_zielgruppen", "Eingliederung besonderer Zielgruppen", ["arbeit-ausbildung"]),
        ("ausbildung_besonderer_zielgruppen", "Ausbildung besonderer Zielgruppen", ["arbeit-ausbildung"]),
        ("qualifizierung_von_arbeitssuchenden", "Qualifizierung von Arbeitssuchenden", ["arbeit-ausbildung"]),
        ("politische_bildung", "Politische Bildung", ["demokratie-antidiskriminierung"]),
        ("soziale_stadt", "Soziale Stadt", ["wohnen-quartier"]),
        ("soziale_wohnraumfoerderung", "Soziale Wohnraumförderung", ["wohnen-quartier"]),
        ("sport_sportstaetten", "Sport & Sportstätten", ["kultur-sport-freizeit"]),
        ("kunst_kultur", "Kunst & Kultur", ["kultur-sport-freizeit"]));

    /// <summary>Every label and code of the classification lists that contain a comma in their label.</summary>
    private static readonly HashSet<string> KnownLabels = new(
        new[] { "Kultur, Medien & Sport", "Kinder, Jugendliche & Familien" }.Select(TextKey.Fold), StringComparer.Ordinal);

    private static Dictionary<string, string[]> Table(params (string Code, string Label, string[] Ids)[] rows)
    {
        var table = new Dictionary<string, string[]>(StringComparer.Ordinal);
        foreach (var (code, label, ids) in rows)
        {
            table[TextKey.Fold(code)] = ids;
            table[TextKey.Fold(label)] = ids;
        }

        return table;
    }
}
