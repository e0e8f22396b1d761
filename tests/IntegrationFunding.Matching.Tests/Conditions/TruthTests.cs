using IntegrationFunding.Matching.Conditions;

namespace IntegrationFunding.Matching.Tests.Conditions;

/// <summary>The three-valued combination tables of issue 10, cell by cell.</summary>
public sealed class TruthTests
{
    private const string M = Truth.Met;
    private const string V = Truth.Violated;
    private const string X = Truth.Missing;

    public static TheoryData<string, string, string, string> Table() => new()
    {
        // a, b, a AND b, a OR b
        { M, M, M, M }, { M, X, X, M }, { M, V, V, M },
        { X, M, X, M }, { X, X, X, X }, { X, V, V, X },
        { V, M, V, M }, { V, X, V, X }, { V, V, V, V },
    };

    [Theory]
    [MemberData(nameof(Table))]
    public void AndOr_EveryPair_FollowsTheTables(string a, string b, string and, string or)
    {
        Assert.Equal(and, Truth.And(a, b));
        Assert.Equal(or, Truth.Or(a, b));
    }

    [Fact]
    public void Of_NullableFact_IsMetViolatedOrMissing()
    {
        Assert.Equal(M, Truth.Of(true));
        Assert.Equal(V, Truth.Of(false));
        Assert.Equal(X, Truth.Of(null));
    }
}
