namespace HelpBot.PiiEval;

/// <summary>Result of running a detector over the labelled corpus.</summary>
public sealed class CorpusEvaluation
{
    /// <summary>Scores per <see cref="HelpBot.Privacy.PiiCategories"/> value, for categories with gold spans or findings.</summary>
    public SortedDictionary<string, Score> ByCategory { get; } = new(StringComparer.Ordinal);

    /// <summary>Scores over every category, counted per span (micro average).</summary>
    public Score Overall { get; } = new();

    /// <summary>Number of texts evaluated.</summary>
    public int TextCount { get; set; }

    /// <summary>
    /// Ids of texts where a letter or digit of a first-tier (identifier) gold span is not covered by any
    /// finding, so redacting the findings would still leak it.
    /// </summary>
    public List<string> LeakingTextIds { get; } = [];

    /// <summary>
    /// Findings on values that must never be flagged, as "id: category over kind" (no text): findings that
    /// overlap a labelled non-PII value, and findings in texts with no gold span.
    /// </summary>
    public List<string> NonPiiFlagged { get; } = [];

    /// <summary>
    /// Misses and wrong findings as "id: missed|wrong category at offset+length", in corpus order. They hold
    /// positions, not text.
    /// </summary>
    public List<string> Errors { get; } = [];

    /// <summary>Share of texts that leak a first-tier identifier.</summary>
    public double LeakRate => TextCount == 0 ? 0 : (double)LeakingTextIds.Count / TextCount;

    /// <summary>Returns the score of <paramref name="category"/>, creating it when missing.</summary>
    public Score For(string category)
    {
        if (!ByCategory.TryGetValue(category, out var score))
        {
            score = new Score();
            ByCategory[category] = score;
        }

        return score;
    }
}
