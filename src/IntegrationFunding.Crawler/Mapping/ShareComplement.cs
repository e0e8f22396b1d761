using IntegrationFunding.Domain.Programmes;

namespace IntegrationFunding.Crawler.Mapping;

/// <summary>
/// Funding rate and own share add up to 100 %: when the text states only one, the other is derived as 100 − x. The
/// derived value's evidence quotes the sentence it came from; its source field says that the value is derived
/// (e.g. "Förderhöhe · abgeleitet: 100 % − Eigenanteil"), so the API evidence keeps its shape.
/// </summary>
public static class ShareComplement
{
    public const string DerivedMarker = "abgeleitet";

    public static PageFacts Apply(PageFacts facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        var evidence = new Dictionary<string, Evidence>(facts.Evidence, StringComparer.Ordinal);
        if (facts.FundingRateMaxPercent is null && facts.OwnShareMinPercent is { } own && evidence.TryGetValue("ownShareMinPercent", out var ownEvidence))
        {
            evidence["fundingRateMaxPercent"] = Derived(ownEvidence, "100 % − Eigenanteil");
            return facts with { FundingRateMaxPercent = 100m - own, Evidence = evidence };
        }

        if (facts.OwnShareMinPercent is null && facts.FundingRateMaxPercent is { } rate && evidence.TryGetValue("fundingRateMaxPercent", out var rateEvidence))
        {
            evidence["ownShareMinPercent"] = Derived(rateEvidence, "100 % − Förderquote");
            return facts with { OwnShareMinPercent = 100m - rate, Evidence = evidence };
        }

        return facts;
    }

    private static Evidence Derived(Evidence source, string rule) =>
        source with { SourceField = $"{source.SourceField ?? "Text"} · {DerivedMarker}: {rule}" };
}
