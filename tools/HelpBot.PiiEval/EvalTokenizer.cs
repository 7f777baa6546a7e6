namespace HelpBot.PiiEval;

/// <summary>
/// Cuts a text into tokens close to spaCy's English tokenizer, which presidio-research uses before it
/// scores: white space separates tokens; leading and trailing punctuation, a possessive 's and a hyphen
/// between letters are tokens of their own; an abbreviation such as "Mr." or "St." and a single letter
/// with a dot keep their dot; e-mail and web addresses stay whole.
/// </summary>
public static class EvalTokenizer
{
    private const string Leading = "\"'“‘([{<*>#";
    private const string Trailing = "\"'”’)]}>,;:!?.*";

    private static readonly HashSet<string> Abbreviations = new(StringComparer.OrdinalIgnoreCase)
    {
        "mr.", "mrs.", "ms.", "dr.", "st.", "jr.", "sr.", "p.o.", "inc.", "ltd.", "co.", "u.s.", "e.g.", "i.e.", "apt.",
    };

    /// <summary>Returns the tokens of <paramref name="text"/> in order.</summary>
    public static List<EvalToken> Tokenize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var tokens = new List<EvalToken>();
        var position = 0;
        while (position < text.Length)
        {
            while (position < text.Length && char.IsWhiteSpace(text[position]))
            {
                position++;
            }

            var start = position;
            while (position < text.Length && !char.IsWhiteSpace(text[position]))
            {
                position++;
            }

            if (position > start)
            {
                SplitChunk(text, start, position, tokens);
            }
        }

        return tokens;
    }

    private static void SplitChunk(string text, int start, int end, List<EvalToken> tokens)
    {
        var suffixes = new Stack<EvalToken>();
        while (start < end && Leading.Contains(text[start], StringComparison.Ordinal))
        {
            tokens.Add(new EvalToken(start, start + 1));
            start++;
        }

        while (end > start && Trailing.Contains(text[end - 1], StringComparison.Ordinal) && !KeepsDot(text, start, end))
        {
            suffixes.Push(new EvalToken(end - 1, end));
            end--;
        }

        if (end - start > 2 && text[end - 1] is 's' or 'S' && text[end - 2] is '\'' or '’')
        {
            suffixes.Push(new EvalToken(end - 2, end));
            end -= 2;
        }

        SplitHyphens(text, start, end, tokens);
        tokens.AddRange(suffixes);
    }

    // "Mr." and "P." keep their dot; other trailing dots are tokens of their own.
    private static bool KeepsDot(string text, int start, int end)
    {
        if (text[end - 1] != '.')
        {
            return false;
        }

        var chunk = text.AsSpan(start, end - start);
        return (chunk.Length == 2 && char.IsLetter(chunk[0])) || Abbreviations.Contains(chunk.ToString());
    }

    private static void SplitHyphens(string text, int start, int end, List<EvalToken> tokens)
    {
        if (start >= end)
        {
            return;
        }

        var chunk = text.AsSpan(start, end - start);
        if (chunk.Contains('@') || chunk.Contains("://", StringComparison.Ordinal))
        {
            tokens.Add(new EvalToken(start, end));
            return;
        }

        var pieceStart = start;
        for (var i = start + 1; i < end - 1; i++)
        {
            if (text[i] == '-' && char.IsLetter(text[i - 1]) && char.IsLetter(text[i + 1]))
            {
                tokens.Add(new EvalToken(pieceStart, i));
                tokens.Add(new EvalToken(i, i + 1));
                pieceStart = i + 1;
            }
        }

        tokens.Add(new EvalToken(pieceStart, end));
    }
}
