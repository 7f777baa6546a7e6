namespace HelpBot.Privacy.Recognizers.General;

/// <summary>
/// Base of the recognizers that look up runs of words in a <see cref="PhraseList"/>: at each word that
/// <see cref="CanStart"/> accepts, the longest listed phrase of up to <see cref="PhraseList.MaxWords"/>
/// words on one line becomes a finding. Words joined to an e-mail or web address are skipped.
/// </summary>
public abstract class PhraseRecognizer : IGeneralProfileRecognizer
{
    private const int MaxRunWords = 6;
    private const int MaxGap = 3;

    private readonly string _patternName;
    private readonly double _score;

    /// <summary>Creates the recognizer for <paramref name="category"/>.</summary>
    private protected PhraseRecognizer(string category, string patternName, double score)
    {
        Category = category;
        _patternName = patternName;
        _score = score;
    }

    /// <inheritdoc/>
    public virtual string Name => GetType().Name;

    /// <inheritdoc/>
    public string Category { get; }

    /// <inheritdoc/>
    public PiiTier Tier => PiiTier.LinkedDetail;

    private protected abstract PhraseList Phrases { get; }

    /// <inheritdoc/>
    public void Analyze(string text, ICollection<PiiFinding> findings)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(findings);
        Span<NameWord> run = stackalloc NameWord[MaxRunWords];
        var maxWords = Math.Min(MaxRunWords, Phrases.MaxWords);
        var position = 0;
        while (NameWord.TryRead(text, position, out var word))
        {
            position = word.Next;
            if (!CanStart(text, word) || IsJoinedToAddress(text, word))
            {
                continue;
            }

            var count = ReadRun(text, word, run[..maxWords]);
            for (var n = count; n > 0; n--)
            {
                var end = run[n - 1].End;
                if (Matches(text.AsSpan(word.Start, end - word.Start)))
                {
                    var explanation = new PiiExplanation(Name, _patternName, _score, _score, []);
                    findings.Add(new PiiFinding(Category, Tier, word.Start, end - word.Start, _score, explanation));
                    position = run[n - 1].Next;
                    break;
                }
            }
        }
    }

    /// <summary>Returns true when a phrase may start at <paramref name="word"/>; by default a word with an upper-case first letter.</summary>
    private protected virtual bool CanStart(string text, NameWord word) => char.IsUpper(text[word.Start]);

    /// <summary>Returns true when <paramref name="phrase"/> is listed.</summary>
    private protected virtual bool Matches(ReadOnlySpan<char> phrase) => Phrases.Contains(phrase);

    // Collects the words after first on the same line, each separated from the one before by one to three
    // spaces, apostrophes, dots or hyphens (St. Petersburg).
    private static int ReadRun(string text, NameWord first, Span<NameWord> run)
    {
        run[0] = first;
        var count = 1;
        while (count < run.Length && NameWord.TryRead(text, run[count - 1].Next, out var next))
        {
            var gap = text.AsSpan(run[count - 1].Next, next.Start - run[count - 1].Next);
            if (gap.Length == 0 || gap.Length > MaxGap || gap.ContainsAnyExcept(" '’.-") || !gap.Contains(' '))
            {
                break;
            }

            run[count++] = next;
        }

        return count;
    }

    private static bool IsJoinedToAddress(string text, NameWord word)
    {
        var before = word.Start > 0 ? text[word.Start - 1] : ' ';
        var after = word.Next < text.Length ? text[word.Next] : ' ';
        var afterNext = word.Next + 1 < text.Length ? text[word.Next + 1] : ' ';
        return before is '@' or '.' or '/' or '_' || after is '@' or '_' || (after == '.' && char.IsLetterOrDigit(afterNext));
    }
}
