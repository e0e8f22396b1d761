namespace IntegrationFunding.Matching.Verdicts;

/// <summary>
/// The three separate verdicts of a match: may we apply (applicant, region, population and area conditions), can we
/// afford it (own share against the budget, reductions included), is it open in time (deadline within the horizon).
/// The overall eligibility is their AND (<see cref="Eligibility.Combine"/>).
/// </summary>
public sealed record MatchVerdicts(VerdictPart MayApply, VerdictPart CanAfford, VerdictPart InTime)
{
    /// <summary>The German badge naming what is unknown or failing ("Frist unbekannt"), or "antragsberechtigt".</summary>
    public string Badge
    {
        get
        {
            (VerdictPart Part, string Failing, string Open)[] parts =
            [
                (MayApply, "nicht antragsberechtigt", "Antragsberechtigung unklar"),
                (CanAfford, "Eigenanteil zu hoch", "Eigenanteil unbekannt"),
                (InTime, "Frist außerhalb des Horizonts", "Frist unbekannt"),
            ];
            var failing = parts.Where(p => p.Part.Eligibility == Eligibility.Ineligible).Select(p => p.Failing);
            var open = parts.Where(p => p.Part.Eligibility == Eligibility.Unknown).Select(p => p.Open);
            var words = failing.Concat(open).ToList();
            return words.Count == 0 ? "antragsberechtigt" : string.Join(" · ", words);
        }
    }
}
