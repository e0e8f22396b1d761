using System.Reflection;

namespace IntegrationFunding.ArchitectureTests;

/// <summary>Dependencies point toward Domain (style.md §2): each part references only the parts listed here.</summary>
public sealed class DependencyRuleTests
{
    private static readonly Dictionary<string, string[]> Allowed = new()
    {
        ["Domain"] = [],
        ["Storage"] = ["Domain"],
        ["Search"] = ["Domain", "Storage"],
        ["Crawler"] = ["Domain", "Storage"],
        ["Matching"] = ["Domain"],
        ["Digest"] = ["Domain", "Storage", "Search", "Matching"],
    };

    public static TheoryData<string> Parts => [.. Allowed.Keys];

    [Theory]
    [MemberData(nameof(Parts))]
    public void Part_ReferencesOnlyAllowedParts(string part)
    {
        var assembly = Assembly.Load($"IntegrationFunding.{part}");

        var references = assembly.GetReferencedAssemblies()
            .Select(a => a.Name!)
            .Where(n => n.StartsWith("IntegrationFunding.", StringComparison.Ordinal))
            .Select(n => n["IntegrationFunding.".Length..])
            .ToList();

        Assert.All(references, r => Assert.Contains(r, Allowed[part]));
    }

    [Theory]
    [InlineData("Domain")]
    [InlineData("Matching")]
    public void PurePart_DoesNotReferenceInfrastructure(string part)
    {
        var assembly = Assembly.Load($"IntegrationFunding.{part}");

        var references = assembly.GetReferencedAssemblies().Select(a => a.Name!).ToList();

        Assert.DoesNotContain(references, r => r.StartsWith("Microsoft.Data.Sqlite", StringComparison.Ordinal) || r.StartsWith("Microsoft.AspNetCore", StringComparison.Ordinal));
    }

    [Fact]
    public void NoPart_ReferencesAHost()
    {
        foreach (var part in Allowed.Keys)
        {
            var references = Assembly.Load($"IntegrationFunding.{part}").GetReferencedAssemblies().Select(a => a.Name!);
            Assert.DoesNotContain(references, r => r is "IntegrationFunding.Api" or "integrationfunding");
        }
    }
}
