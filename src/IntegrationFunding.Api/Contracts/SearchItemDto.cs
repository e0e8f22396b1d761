using System.ComponentModel;
using System.Diagnostics.CodeAnalysis;

namespace IntegrationFunding.Api.Contracts;

/// <summary>A search hit: the programme plus its relevance and highlighted text.</summary>
public sealed record SearchItemDto : ProgrammeDto
{
    [SetsRequiredMembers]
    public SearchItemDto(ProgrammeDto programme, double score, IReadOnlyDictionary<string, string> highlights, bool ownShareUnknown)
        : base(programme)
    {
        Score = score;
        Highlights = highlights;
        OwnShareUnknown = ownShareUnknown;
    }

    public double Score { get; init; }
    [Description("Feldname → HTML-escapter Text, Treffer in <mark>…</mark>.")]
    public IReadOnlyDictionary<string, string> Highlights { get; init; }
    [Description("Zusatzfeld: true, wenn der Eigenanteil in der Quelle nicht genannt ist (bei maxOwnShare trotzdem enthalten).")]
    public bool OwnShareUnknown { get; init; }
}
