namespace IntegrationFunding.Matching.Conditions;

/// <summary>
/// A missing profile fact and how many listed programmes its answer would settle (their verdict is unknown because of
/// it): "Angabe zur Haushaltssicherung fehlt – entscheidet 12 Programme."
/// </summary>
public sealed record Clarification(ProfileFacts Fact, int Programmes)
{
    /// <summary>The profile field in the API (e.g. <c>budgetConsolidation</c>).</summary>
    public string Field => ProfileFactNames.Field(Fact);

    public string Sentence => $"{ProfileFactNames.Label(Fact)} fehlt – entscheidet {Programmes} {(Programmes == 1 ? "Programm" : "Programme")}.";

    /// <summary>Counts, per fact, the programmes that miss it; most deciding first, then in the order of <see cref="ProfileFactNames.Each"/>.</summary>
    public static IReadOnlyList<Clarification> Count(IEnumerable<ProfileFacts> missingPerProgramme)
    {
        ArgumentNullException.ThrowIfNull(missingPerProgramme);
        var counts = new int[ProfileFactNames.Each.Count];
        foreach (var missing in missingPerProgramme)
        {
            for (var i = 0; i < counts.Length; i++)
            {
                if ((missing & ProfileFactNames.Each[i]) != 0)
                {
                    counts[i]++;
                }
            }
        }

        return ProfileFactNames.Each
            .Select((fact, i) => new Clarification(fact, counts[i]))
            .Where(c => c.Programmes > 0)
            .OrderByDescending(c => c.Programmes)
            .ToList();
    }
}
