using System.Text.RegularExpressions;
using IntegrationFunding.Domain.Programmes;
using IntegrationFunding.Domain.Taxonomy;

namespace IntegrationFunding.Crawler.Extraction;

/// <summary>
/// Extracts applicant kinds from sentences about eligibility ("Antragsberechtigt sind …", "Zuwendungsempfänger …",
/// text under "Förderberechtigte") and whether municipalities may apply themselves. Negated kinds ("… sind nicht
/// antragsberechtigt") and kinds named only as partners or inside relative clauses are not applicants.
/// </summary>
public sealed partial class ApplicantExtractor : IFactExtractor<ApplicantFacts>
{
    public ApplicantFacts Extract(string text, string label = "Text") => Extract(SourceSentences.From(text, label));

    public ApplicantFacts Extract(IReadOnlyList<SourceSentence> sentences)
    {
        ArgumentNullException.ThrowIfNull(sentences);
        var applicants = new HashSet<string>(StringComparer.Ordinal);
        SourceSentence? applicantsSentence = null;
        SourceSentence? municipalYes = null;
        SourceSentence? municipalNo = null;
        SourceSentence? municipalPartner = null;
        var exclusive = false;
        // Sentences that say who may apply (a label or "antragsberechtigt") outrank weaker cues such as
        // "Sie erhalten eine Förderung" or "richtet sich an": when the strong ones name kinds, only they count.
        var candidates = sentences.Where(s => s.Kind != SectionKind.Contact).ToList();
        var strong = candidates.Where(IsStrong).ToList();
        var strongNames = strong.Any(s => Clauses.Split(s.Text).Any(c => !Negation().IsMatch(c.Text) && ApplicantTermPatterns.Find(c.Text).Count > 0));
        foreach (var sentence in candidates)
        {
            if (strongNames && !IsStrong(sentence))
            {
                if (Partner().IsMatch(sentence.Text) && ApplicantTermPatterns.Find(sentence.Text).Any(t => Vocabularies.MunicipalApplicants.Contains(t.Id)))
                {
                    municipalPartner ??= sentence;
                }

                continue;
            }

            if (sentence.Kind != SectionKind.Applicants && !ApplicantCue().IsMatch(sentence.Text))
            {
                if (Partner().IsMatch(sentence.Text) && ApplicantTermPatterns.Find(sentence.Text).Any(t => Vocabularies.MunicipalApplicants.Contains(t.Id)))
                {
                    municipalPartner ??= sentence;
                }

                continue;
            }

            var negated = false;
            foreach (var clause in Clauses.Split(sentence.Text))
            {
                negated = Negation().IsMatch(clause.Text) || (negated && !Reset().IsMatch(clause.Text));
                var partner = !negated && (Partner().IsMatch(clause.Text) || (clause.Start > 0 && IsRelativeClause(clause.Text)));
                var ids = ApplicantTermPatterns.Find(clause.Text).Select(t => t.Id).Distinct().ToList();
                var municipal = ids.Any(Vocabularies.MunicipalApplicants.Contains);
                if (!negated && Forwarding().IsMatch(clause.Text))
                {
                    // Recipients of funds passed on (Weiterleitung) are listed, but do not apply themselves.
                    applicants.UnionWith(ids);
                }
                else if (negated)
                {
                    municipalNo ??= municipal ? sentence : null;
                }
                else if (partner)
                {
                    municipalPartner ??= municipal ? sentence : null;
                }
                else if (ids.Count > 0)
                {
                    applicants.UnionWith(ids);
                    applicantsSentence ??= sentence;
                    municipalYes ??= municipal ? sentence : null;
                    exclusive |= Exclusive().IsMatch(sentence.Text);
                }
            }
        }

        var ordered = Vocabularies.Applicants.Ids.Where(applicants.Contains).ToList();
        var (eligible, evidence) = (municipalYes, municipalNo, municipalPartner) switch
        {
            ({ } yes, _, _) => (true, yes),
            (null, { } no, _) => (false, no),
            (null, null, { } partnerOnly) when applicantsSentence is not null => (false, partnerOnly),
            (null, null, null) when exclusive && applicantsSentence is not null => (false, applicantsSentence),
            _ => ((bool?)null, (SourceSentence?)null),
        };
        return new ApplicantFacts(ordered, eligible, applicantsSentence?.ToEvidence(), evidence?.ToEvidence());
    }

    private static bool IsStrong(SourceSentence sentence) => sentence.Kind == SectionKind.Applicants || StrongCue().IsMatch(sentence.Text);

    /// <summary>
    /// ", die Kindertageseinrichtungen betreiben" is a relative clause (it ends in a verb, written in lower case);
    /// ", die Region Hannover" is the next item of an enumeration (it ends in a noun).
    /// </summary>
    private static bool IsRelativeClause(string clause)
    {
        if (!RelativeClause().IsMatch(clause))
        {
            return false;
        }

        if (!ArticleStart().IsMatch(clause))
        {
            return true;
        }

        var last = clause.TrimEnd('.', ' ', ')', ';').Split(' ', StringSplitOptions.RemoveEmptyEntries).LastOrDefault() ?? "";
        return last.Length > 0 && char.IsLower(last[0]);
    }

    [GeneratedRegex(@"antragsberechtigt|antragsteller|zuwendungsempfänger|förderberechtigt|anträge?\s+stellen|bewerbungsberechtigt|teilnahmeberechtigt|bewerben\s+können|können\s+sich\s+\p{L}*\s*bewerben|eligible", RegexOptions.IgnoreCase)]
    private static partial Regex StrongCue();

    [GeneratedRegex(@"^\s*(?:die|der|das)\s", RegexOptions.IgnoreCase)]
    private static partial Regex ArticleStart();

    [GeneratedRegex(@"antragsberechtigt|antragsteller|antragstellende|zuwendungsempfänger|förderberechtigt|förderempfänger|letztempfänger|anträge?\s+stellen|antrag\s+stellen|beantragen|bewerben\s+können|können\s+sich\s+\p{L}*\s*bewerben|bewerbungsberechtigt|richtet\s+sich\s+an|(?:projekte|vorhaben|maßnahmen)\s+von\s+(?:\p{L}+\s+)?(?:vereinen|initiativen|migrant\S*organisationen|kirchengemeinden|wohlfahrtsverbänden|kommunen|schulen|stiftungen)\b|erhalten\s+(?:\p{L}+\s+){0,2}(?:zuwendungen|zuschüsse|zuschuss|förderung|fördermittel)|(?:gewährt|bewilligt)\s+[^.;]{0,80}?(?:zuwendungen|zuschüsse)|(?:fördert|unterstützt)\s+(?:\p{L}+\s+){0,1}(?:vereine|initiativen|kommunen|gemeinden|städte|landkreise|kreise|migrant\S*organisationen|kirchengemeinden|wohlfahrtsverbände|schulen|kitas|stiftungen)|gefördert\s+werden\s+(?:können\s+)?(?:gemeinnützige|öffentliche|kommunen|vereine|träger)", RegexOptions.IgnoreCase)]
    private static partial Regex ApplicantCue();

    [GeneratedRegex(@"\bnicht\b|\bkeine?n?\b|\bweder\b|ausgeschlossen|ausgenommen|\bnot\b|\bcannot\b|\bineligible\b", RegexOptions.IgnoreCase)]
    private static partial Regex Negation();

    [GeneratedRegex(@"^\s*(?:wohl\s+aber|sondern|aber|jedoch|dagegen|hingegen)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Reset();

    [GeneratedRegex(@"weitergeleitet|weiterleitung|weiterzuleiten", RegexOptions.IgnoreCase)]
    private static partial Regex Forwarding();

    [GeneratedRegex(@"partner(?:in|innen|n|s)?\b|beteiligt|einbezogen|einzubinden|eingebunden|kooperier|zusammenarbeit|unterstützen\b|unterstützt\s+(?:werden|haben)", RegexOptions.IgnoreCase)]
    private static partial Regex Partner();

    [GeneratedRegex(@"^\s*(?:die|der|das|deren|dessen|welche[rs]?|in\s+denen|mit\s+denen|bei\s+denen|an\s+denen|von\s+denen|denen|für\s+die|wenn|sofern|soweit)\b", RegexOptions.IgnoreCase)]
    private static partial Regex RelativeClause();

    [GeneratedRegex(@"ausschließlich|\bnur\b", RegexOptions.IgnoreCase)]
    private static partial Regex Exclusive();
}
