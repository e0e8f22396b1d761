namespace IntegrationFunding.Api.Ui.Profiles;

/// <summary>German enumerations: "A", "A und B", "A, B und C".</summary>
public static class GermanText
{
    public static string Join(IEnumerable<string> items)
    {
        var list = items.ToList();
        return list.Count switch
        {
            0 => string.Empty,
            1 => list[0],
            _ => string.Join(", ", list.Take(list.Count - 1)) + " und " + list[^1],
        };
    }
}
