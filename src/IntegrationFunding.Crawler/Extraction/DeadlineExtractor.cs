using System.Text.RegularExpressions;
using IntegrationFunding.Domain.Programmes;

namespace IntegrationFunding.Crawler.Extraction;

/// <summary>
/// Extracts the deadline type, dated deadlines and the programme period. Dates count as deadlines only in sentences
/// about applying (or under a deadline label); programme periods ("Das Programm läuft bis …", "Förderzeitraum …")
/// give start and end, project periods and guideline dates are ignored. Yearly dates without a year make the type
/// periodic without a dated deadline; closed calls keep their dates as history.
/// </summary>
public sealed partial class DeadlineExtractor : IFactExtractor<DeadlineFacts>
{
    public DeadlineFacts Extract(string text, string label = "Text") => Extract(SourceSentences.From(text, label));

    public DeadlineFacts Extract(IReadOnlyList<SourceSentence> sentences)
    {
        ArgumentNullException.ThrowIfNull(sentences);
        var state = new State();
        foreach (var sentence in sentences.Where(s => s.Kind != SectionKind.Contact))
        {
            Read(sentence, state);
        }

        var (type, typeEvidence) = state switch
        {
            { StatusClosed: not null } => (DeadlineTypes.Closed, state.StatusClosed),
            { Closed: not null } when state.LastClosed > state.LastOpen => (DeadlineTypes.Closed, state.Closed),
            { Periodic: not null } => (DeadlineTypes.Periodic, state.Periodic),
            { OpenDated: not null } => (DeadlineTypes.Fixed, state.OpenDated),
            { Rolling: not null } => (DeadlineTypes.Rolling, state.Rolling),
            { Closed: not null } => (DeadlineTypes.Closed, state.Closed),
            _ => (DeadlineTypes.Unknown, (SourceSentence?)null),
        };
        var deadlines = state.Deadlines.Distinct().Order().ToList();
        return new DeadlineFacts(
            type,
            deadlines,
            state.Start,
            state.End,
            typeEvidence?.ToEvidence(),
            state.DeadlinesSentence?.ToEvidence(),
            state.StartSentence?.ToEvidence(),
            state.EndSentence?.ToEvidence())
        {
            PeriodicDates = type == DeadlineTypes.Closed ? [] : state.PeriodicDates.Distinct().Order().ToList(),
            OpeningDate = state.Opening,
            OpeningDateEvidence = state.OpeningSentence?.ToEvidence(),
        };
    }

    private static void Read(SourceSentence sentence, State state)
    {
        var text = sentence.Text;
        var dates = GermanDates.Find(text);
        if (ReadLabelled(sentence, dates, state))
        {
            return;
        }

        var aboutApplying = sentence.Kind is SectionKind.Deadlines or SectionKind.Status || DeadlineCues.Application().IsMatch(text);
        foreach (var clause in Clauses.Split(text))
        {
            state.Position++;
            var clauseDates = dates.Where(d => d.Index >= clause.Start && d.Index < clause.End).ToList();
            if (DeadlineCues.ProgrammePeriod().IsMatch(clause.Text) && !DeadlineCues.Application().IsMatch(clause.Text))
            {
                ReadProgrammePeriod(sentence, clause, clauseDates, state);
                continue;
            }

            var closed = DeadlineCues.Closed().IsMatch(clause.Text) || (sentence.Kind == SectionKind.Status && DeadlineCues.ClosedStatus().IsMatch(clause.Text));
            if (closed && sentence.Kind == SectionKind.Status)
            {
                state.StatusClosed ??= sentence;
            }

            if (closed)
            {
                state.Closed ??= sentence;
                state.LastClosed = state.Position;
            }

            if (!aboutApplying)
            {
                continue;
            }

            if (!closed && DeadlineCues.Rolling().IsMatch(clause.Text))
            {
                state.Rolling ??= sentence;
                state.LastOpen = state.Position;
            }

            if (!closed && DeadlineCues.Periodic().IsMatch(clause.Text))
            {
                state.Periodic ??= sentence;
                state.LastOpen = state.Position;
            }

            ReadDeadlineDates(sentence, clause, clauseDates, closed, state);
        }
    }

    /// <summary>Sections labelled as an opening date or a programme end: their dates are that, never deadlines.</summary>
    private static bool ReadLabelled(SourceSentence sentence, IReadOnlyList<DateMention> dates, State state)
    {
        if (sentence.Kind is not (SectionKind.Opening or SectionKind.ProgrammeEnd))
        {
            return false;
        }

        var first = dates.Select(d => d.ToDate()).FirstOrDefault(d => d is not null);
        if (first is { } day && sentence.Kind == SectionKind.Opening)
        {
            SetOpening(state, day, sentence);
        }
        else if (first is { } end && state.End is null)
        {
            SetEnd(state, end, sentence);
        }

        return true;
    }

    private static void ReadDeadlineDates(SourceSentence sentence, Clause clause, List<DateMention> dates, bool closed, State state)
    {
        var projectPeriod = DeadlineCues.NotADeadline().IsMatch(clause.Text);
        foreach (var date in dates)
        {
            var before = clause.Text[..(date.Index - clause.Start)];
            var after = clause.Text[(date.End - clause.Start)..];
            var opening = DeadlineCues.StartBefore().IsMatch(before) || DeadlineCues.StartAfter().IsMatch(after);
            if (opening || (projectPeriod && (!DeadlineCues.Application().IsMatch(clause.Text) || !DeadlineBefore().IsMatch(before))))
            {
                if (opening && !projectPeriod && !closed && date.ToDate() is { } opens)
                {
                    // "Anträge können ab dem 1. März 2027 gestellt werden": the call opens then; that is no deadline.
                    SetOpening(state, opens, sentence);
                }

                continue;
            }

            if (date.ToDate() is not { } day)
            {
                if (date.Year is null && !closed)
                {
                    state.Periodic ??= sentence;
                    state.LastOpen = state.Position;
                    if (date.Month is >= 1 and <= 12 && date.Day is >= 1 and <= 31)
                    {
                        state.PeriodicDates.Add((date.Month, date.Day));
                    }
                }

                continue;
            }

            state.Deadlines.Add(day);
            state.DeadlinesSentence ??= sentence;
            if (!closed)
            {
                state.OpenDated ??= sentence;
                state.LastOpen = state.Position;
            }
        }
    }

    private static void ReadProgrammePeriod(SourceSentence sentence, Clause clause, List<DateMention> dates, State state)
    {
        var full = dates.Where(d => d.ToDate() is not null).ToList();
        if (full.Count == 0 || state.End is not null)
        {
            return;
        }

        if (full.Count >= 2)
        {
            SetStart(state, full[0].ToDate(), sentence);
            SetEnd(state, full[^1].ToDate(), sentence);
            return;
        }

        var date = full[0];
        var before = clause.Text[..(date.Index - clause.Start)];
        var after = clause.Text[(date.End - clause.Start)..];
        if (DeadlineCues.StartBefore().IsMatch(before) || DeadlineCues.StartAfter().IsMatch(after))
        {
            SetStart(state, date.ToDate(), sentence);
        }
        else
        {
            SetEnd(state, date.ToDate(), sentence);
        }
    }

    private static void SetOpening(State state, DateOnly date, SourceSentence sentence)
    {
        if (state.Opening is null || date < state.Opening)
        {
            state.Opening = date;
            state.OpeningSentence = sentence;
        }
    }

    private static void SetStart(State state, DateOnly? date, SourceSentence sentence)
    {
        if (state.Start is null)
        {
            state.Start = date;
            state.StartSentence = sentence;
        }
    }

    private static void SetEnd(State state, DateOnly? date, SourceSentence sentence)
    {
        state.End = date;
        state.EndSentence = sentence;
    }

    [GeneratedRegex(@"(?:\bbis\b|spätestens|\bzum\b|frist|stichtag|schluss)[^,;]{0,25}$", RegexOptions.IgnoreCase)]
    private static partial Regex DeadlineBefore();

    private sealed class State
    {
        public List<DateOnly> Deadlines { get; } = [];
        public SourceSentence? DeadlinesSentence { get; set; }
        public SourceSentence? OpenDated { get; set; }
        public SourceSentence? Periodic { get; set; }
        public SourceSentence? Rolling { get; set; }
        public SourceSentence? Closed { get; set; }
        public SourceSentence? StatusClosed { get; set; }
        public List<(int Month, int Day)> PeriodicDates { get; } = [];
        public DateOnly? Opening { get; set; }
        public SourceSentence? OpeningSentence { get; set; }
        public DateOnly? Start { get; set; }
        public DateOnly? End { get; set; }
        public SourceSentence? StartSentence { get; set; }
        public SourceSentence? EndSentence { get; set; }
        public int Position { get; set; }
        public int LastOpen { get; set; }
        public int LastClosed { get; set; }
    }
}
