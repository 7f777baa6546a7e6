using HelpBot.Privacy.Recognizers.Triggers;

namespace HelpBot.Privacy.Recognizers;

// The scoring part: each match is refined, invalidated or validated, then scored with the context words near it.
public abstract partial class PatternRecognizer
{
    // Context words found near the match being scored; copied into the explanation only when there are any.
    [ThreadStatic]
    private static List<string>? t_contextWords;

    // Name, read once: the default reads the type's name on every call, and every match needs it.
    private string? _name;

    // The context words and the negative ones, prepared for a one-pass search on first use.
    private ContextWordSet? _contextWords;
    private ContextWordSet? _negativeWords;

    private void AddScored(string text, PiiPattern pattern, int start, int length, in ContextNear context, List<PiiFinding> findings)
    {
        var finding = Score(text, pattern, start, length, context);
        if (finding is not null)
        {
            findings.Add(finding);
        }
    }

    private PiiFinding? Score(string text, PiiPattern pattern, int start, int length, in ContextNear context)
    {
        if (length == 0 || !TryRefine(text, pattern, ref start, ref length))
        {
            return null;
        }

        var span = text.AsSpan(start, length);
        if (Invalidate(span))
        {
            return null;
        }

        var validated = Validate(span);
        if (validated == false)
        {
            return null;
        }

        var score = validated == true ? 1.0 : pattern.Score;
        var contextWords = t_contextWords ??= [];
        contextWords.Clear();
        score = ApplyContext(text, start, length, score, context, contextWords);
        string[] found = contextWords.Count == 0 ? [] : [.. contextWords];
        var explanation = new PiiExplanation(_name ??= Name, pattern.Name, pattern.Score, score, found, validated);
        return new PiiFinding(Category, Tier, start, length, score, explanation);
    }

    private double ApplyContext(string text, int start, int length, double score, in ContextNear context, List<string> found)
    {
        if (!context.Positive && !context.Negative)
        {
            return score;
        }

        var windowStart = Math.Max(0, start - ContextCharactersBefore);
        var windowEnd = Math.Min(text.Length, start + length + ContextCharactersAfter);
        var before = text.AsSpan(windowStart, start - windowStart);
        var after = text.AsSpan(start + length, windowEnd - start - length);

        // A window that starts or ends inside a word holds only part of it ("son" of "Johnson"), which is no context word.
        var beforeEdges = new WindowEdges(CutAtStart: windowStart > 0 && char.IsLetterOrDigit(text[windowStart - 1]), CutAtEnd: false);
        var afterEdges = new WindowEdges(CutAtStart: false, CutAtEnd: windowEnd < text.Length && char.IsLetterOrDigit(text[windowEnd]));

        if (context.Positive)
        {
            var contextWords = _contextWords ??= new ContextWordSet(ContextWords);
            FindWords(contextWords, before, found, beforeEdges, context);
            FindWords(contextWords, after, found, afterEdges, context);
            if (found.Count > 0)
            {
                score = Math.Max(MinimumScoreWithContext, Math.Min(1.0, score + ContextBoost));
            }
        }

        var positiveCount = found.Count;
        if (context.Negative)
        {
            FindWords(_negativeWords ??= new ContextWordSet(NegativeContextWords), before, found, beforeEdges, context);
        }

        if (found.Count > positiveCount)
        {
            score = Math.Max(0, score - NegativeContextPenalty);
        }

        return score;
    }

    // Every whole word of a match's window lies inside one of the segments that the context's trigger
    // strings come from, because segments are split only at line breaks.
    private static void FindWords(ContextWordSet words, ReadOnlySpan<char> window, List<string> found, WindowEdges edges, in ContextNear context) =>
        words.FindWords(window, found, edges, context.Present, context.IdsScanned);

    // The context words and the negative ones as triggers, null where the recognizer has none. They count
    // at word starts only, because the word search finds whole words.
    private sealed class ContextTriggers(IReadOnlyList<string> positive, IReadOnlyList<string> negative)
    {
        public TriggerWords? Positive { get; } = positive.Count == 0 ? null : PiiPattern.AnyWordOf([.. positive]);

        public TriggerWords? Negative { get; } = negative.Count == 0 ? null : PiiPattern.AnyWordOf([.. negative]);
    }

    // Whether some positive or negative context word occurs near a stretch, and the trigger strings of the
    // segments a match's window can reach (ids from IdsScanned on were not searched). A match in the
    // stretch searches its window only for the kinds of context word that occur, and only for the words present.
    private readonly record struct ContextNear(bool Positive, bool Negative, TriggerMask Present, int IdsScanned);
}
