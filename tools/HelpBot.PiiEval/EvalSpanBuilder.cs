namespace HelpBot.PiiEval;

/// <summary>
/// Turns labelled character ranges into the spans presidio-research's SpanEvaluator compares: each token
/// takes the label of the range its first character lies in, runs of tokens with one label become
/// spans, skip words are trimmed from a span's ends, and two spans of one type with only skip words
/// between them are joined (so "28245", "Puruntie 82" and "Apt. 595" are one address).
/// </summary>
public static class EvalSpanBuilder
{
    /// <summary>Builds the spans of <paramref name="ranges"/> (type, start, end) over <paramref name="tokens"/>.</summary>
    public static List<EvalSpan> Build(string text, List<EvalToken> tokens, IEnumerable<(string Type, int Start, int End)> ranges)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(tokens);
        var labels = Label(tokens, ranges.ToList());
        var spans = new List<EvalSpan>();
        var first = 0;
        for (var i = 1; i <= tokens.Count; i++)
        {
            if (i == tokens.Count || labels[i] != labels[first])
            {
                AddSpan(text, tokens, labels[first], first, i, spans);
                first = i;
            }
        }

        return Join(text, tokens, spans);
    }

    private static string?[] Label(List<EvalToken> tokens, List<(string Type, int Start, int End)> ranges)
    {
        var labels = new string?[tokens.Count];
        for (var i = 0; i < tokens.Count; i++)
        {
            foreach (var (type, start, end) in ranges)
            {
                if (tokens[i].Start >= start && tokens[i].Start < end)
                {
                    labels[i] = type;
                    break;
                }
            }
        }

        return labels;
    }

    private static void AddSpan(string text, List<EvalToken> tokens, string? type, int first, int end, List<EvalSpan> spans)
    {
        if (type is null)
        {
            return;
        }

        var kept = Enumerable.Range(first, end - first).Where(i => !IsSkip(text, tokens[i])).ToList();
        if (kept.Count > 0)
        {
            spans.Add(new EvalSpan(type, tokens[kept[0]].Start, tokens[kept[^1]].End, first, end));
        }
    }

    private static List<EvalSpan> Join(string text, List<EvalToken> tokens, List<EvalSpan> spans)
    {
        var joined = new List<EvalSpan>(spans.Count);
        foreach (var span in spans)
        {
            var previous = joined.Count > 0 ? joined[^1] : null;
            if (previous is not null && previous.Type == span.Type && OnlySkipWordsBetween(text, tokens, previous.EndToken, span.FirstToken))
            {
                joined[^1] = previous with { End = span.End, EndToken = span.EndToken };
                continue;
            }

            joined.Add(span);
        }

        return joined;
    }

    private static bool OnlySkipWordsBetween(string text, List<EvalToken> tokens, int from, int to)
    {
        for (var i = from; i < to; i++)
        {
            if (!IsSkip(text, tokens[i]))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsSkip(string text, EvalToken token) => SkipWords.Contains(text.AsSpan(token.Start, token.End - token.Start));
}
