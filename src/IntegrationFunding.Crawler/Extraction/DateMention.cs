namespace IntegrationFunding.Crawler.Extraction;

/// <summary>A calendar date written in a sentence; <see cref="Year"/> is null for yearly dates like "30. April".</summary>
public sealed record DateMention(int Day, int Month, int? Year, int Index, int Length)
{
    public int End => Index + Length;

    public DateOnly? ToDate() =>
        Year is { } year && Month is >= 1 and <= 12 && Day >= 1 && Day <= DateTime.DaysInMonth(year, Month)
            ? new DateOnly(year, Month, Day)
            : null;
}
