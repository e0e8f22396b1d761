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
            var parts = new List<string>(3);
            if (MayApply.Eligibility == Eligibility.Ineligible)
            {
                parts.Add("nicht antragsberechtigt");
            }

            if (CanAfford.Eligibility == Eligibility.Ineligible)
            {
                parts.Add("Eigenanteil zu hoch");
            }

            if (InTime.Eligibility == Eligibility.Ineligible)
            {
                parts.Add("Frist außerhalb des Horizonts");
            }

            if (MayApply.Eligibility == Eligibility.Unknown)
            {
                parts.Add("Antragsberechtigung unklar");
            }

            if (CanAfford.Eligibility == Eligibility.Unknown)
            {
                parts.Add("Eigenanteil unbekannt");
            }

            if (InTime.Eligibility == Eligibility.Unknown)
            {
                parts.Add("Frist unbekannt");
            }

            return parts.Count == 0 ? "antragsberechtigt" : string.Join(" · ", parts);
        }
    }
}
