using IntegrationFunding.Crawler.Mapping;
using IntegrationFunding.Domain.Programmes;

namespace IntegrationFunding.Crawler.Starter;

/// <summary>
/// Fills a hand-checked catalogue entry's missing facts from its own text (summary, own-share note, legal basis)
/// through the crawl's fact extraction, each with its quote. Only null facts (and an <c>unknown</c> deadline
/// type, empty deadlines) are filled; a fact the catalogue states is never overwritten.
/// </summary>
public sealed class CatalogueTextFacts(IPageFactExtractor extractor)
{
    public Programme Fill(Programme entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var sections = new (string Label, string? Text)[] { ("Kurzbeschreibung", entry.Summary), ("Hinweis zum Eigenanteil", entry.OwnShareNote), ("Rechtsgrundlage", entry.LegalBasis) }
            .Where(s => !string.IsNullOrWhiteSpace(s.Text)).Select(s => new PageSection(s.Label, s.Text!)).ToList();
        if (sections.Count == 0)
        {
            return entry;
        }

        var facts = extractor.Extract(sections);
        var evidence = new Dictionary<string, Evidence>(entry.Evidence, StringComparer.Ordinal);
        var url = entry.Url;
        T? Take<T>(T? current, T? found, string field) where T : struct
        {
            if (current is not null || found is null || !facts.Evidence.TryGetValue(field, out var quote))
            {
                return current;
            }

            evidence[field] = quote with { SourceUrl = quote.SourceUrl ?? url };
            return found;
        }

        var filled = entry with
        {
            FundingRateMaxPercent = Take(entry.FundingRateMaxPercent, facts.FundingRateMaxPercent, "fundingRateMaxPercent"),
            OwnShareMinPercent = Take(entry.OwnShareMinPercent, facts.OwnShareMinPercent, "ownShareMinPercent"),
            AmountMinEur = Take(entry.AmountMinEur, facts.AmountMinEur, "amountMinEur"),
            AmountMaxEur = Take(entry.AmountMaxEur, facts.AmountMaxEur, "amountMaxEur"),
            ProgrammeStart = Take(entry.ProgrammeStart, facts.ProgrammeStart, "programmeStart"),
            ProgrammeEnd = Take(entry.ProgrammeEnd, facts.ProgrammeEnd, "programmeEnd"),
        };
        if (filled.AmountMinEur > filled.AmountMaxEur || filled.ProgrammeStart > filled.ProgrammeEnd)
        {
            return entry;
        }

        if (entry.DeadlineType == DeadlineTypes.Unknown && facts.DeadlineType is { } type && facts.Evidence.TryGetValue("deadlineType", out var typeQuote))
        {
            evidence["deadlineType"] = typeQuote with { SourceUrl = typeQuote.SourceUrl ?? url };
            filled = filled with { DeadlineType = type };
            if (entry.Deadlines.Count == 0 && facts.Deadlines.Count > 0 && facts.Evidence.TryGetValue("deadlines", out var datesQuote))
            {
                evidence["deadlines"] = datesQuote with { SourceUrl = datesQuote.SourceUrl ?? url };
                filled = filled with { Deadlines = [.. facts.Deadlines.Order()] };
            }
        }

        return filled with { Evidence = evidence };
    }
}
