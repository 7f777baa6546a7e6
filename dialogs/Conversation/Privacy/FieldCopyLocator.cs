namespace HelpBot.Dialogs.Conversation.Privacy;

/// <summary>
/// Finds where a checked field's text was copied into another text, such as the description taken from
/// the first message, so the field's findings can be rewritten at their own place in the copy.
/// </summary>
internal static class FieldCopyLocator
{
    /// <summary>
    /// Returns the parts of <paramref name="fieldText"/> found in <paramref name="copy"/>: the whole text when it
    /// occurs there exactly once at word edges, otherwise each of its lines that does. A part found more than
    /// once, or only inside a longer word, number or code (as "35" in "1B0000035" or "10:35"), has no known
    /// place and is left out.
    /// </summary>
    public static List<CopiedPart> Locate(string fieldText, string copy)
    {
        ArgumentNullException.ThrowIfNull(fieldText);
        ArgumentNullException.ThrowIfNull(copy);
        if (FindOnce(fieldText, 0, fieldText.Length, copy) is { } whole)
        {
            return [new CopiedPart(0, fieldText.Length, whole)];
        }

        var parts = new List<CopiedPart>();
        if (!fieldText.Contains('\n', StringComparison.Ordinal))
        {
            return parts;
        }

        var lineStart = 0;
        while (lineStart <= fieldText.Length)
        {
            var lineEnd = fieldText.IndexOf('\n', lineStart);
            lineEnd = lineEnd < 0 ? fieldText.Length : lineEnd;
            var (start, end) = Trim(fieldText, lineStart, lineEnd);
            if (end > start && FindOnce(fieldText, start, end - start, copy) is { } at)
            {
                parts.Add(new CopiedPart(start, end - start, at));
            }

            lineStart = lineEnd + 1;
        }

        return parts;
    }

    // The one place where text[start..start+length] occurs in copy at word edges, or null.
    private static int? FindOnce(string text, int start, int length, string copy)
    {
        if (length == 0)
        {
            return null;
        }

        var value = text.AsSpan(start, length);
        int? found = null;
        for (var from = 0; from <= copy.Length - length;)
        {
            var at = copy.AsSpan(from).IndexOf(value, StringComparison.Ordinal);
            if (at < 0)
            {
                break;
            }

            at += from;
            if (IsAtWordEdges(copy, at, length))
            {
                if (found is not null)
                {
                    return null;
                }

                found = at;
            }

            from = at + 1;
        }

        return found;
    }

    // False when the part continues a word, number or code of the copy at either end: "35" in "1B0000035",
    // "10:35" or "ERR-35" is part of something else.
    private static bool IsAtWordEdges(string copy, int start, int length)
    {
        var end = start + length;
        var continuesBefore = start > 0 && char.IsLetterOrDigit(copy[start])
            && (char.IsLetterOrDigit(copy[start - 1]) || (start > 1 && IsJoiner(copy[start - 1]) && char.IsLetterOrDigit(copy[start - 2])));
        var continuesAfter = end < copy.Length && char.IsLetterOrDigit(copy[end - 1])
            && (char.IsLetterOrDigit(copy[end]) || (end + 1 < copy.Length && IsJoiner(copy[end]) && char.IsLetterOrDigit(copy[end + 1])));
        return !continuesBefore && !continuesAfter;
    }

    // Characters that join letters or digits into one token, as in times, dates, codes and e-mail addresses.
    private static bool IsJoiner(char character) => character is '.' or ':' or '/' or '-' or '_' or ',' or '@';

    private static (int Start, int End) Trim(string text, int start, int end)
    {
        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        return (start, end);
    }
}

/// <summary>A part of a field's text and where it occurs in a copy.</summary>
/// <param name="FieldStart">Start of the part in the field's text.</param>
/// <param name="Length">Length of the part.</param>
/// <param name="CopyStart">Start of the part in the copy.</param>
internal readonly record struct CopiedPart(int FieldStart, int Length, int CopyStart)
{
    /// <summary>True when the field's span from <paramref name="offset"/> of <paramref name="length"/> lies inside this part.</summary>
    public bool Contains(int offset, int length) => offset >= FieldStart && offset + length <= FieldStart + Length;
}
