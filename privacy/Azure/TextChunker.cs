using System.Globalization;

namespace HelpBot.Privacy.Azure;

/// <summary>
/// Splits a text into documents of at most a given number of UTF-16 code units, each sharing an overlap
/// with the next one so that an entity cut at one edge is whole in the neighbouring document. Cuts fall on
/// white space where the last eighth of a document has some, and never inside a text element (a surrogate
/// pair or a letter with combining marks).
/// </summary>
internal static class TextChunker
{
    public static List<TextChunk> Split(string text, int maxLength, int overlap)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxLength, 2);
        overlap = Math.Clamp(overlap, 0, maxLength / 2);
        var chunks = new List<TextChunk>();
        var start = 0;
        while (true)
        {
            if (text.Length - start <= maxLength)
            {
                chunks.Add(new TextChunk(start, text[start..]));
                return chunks;
            }

            var end = FindCut(text, start, start + maxLength, maxLength / 8);
            chunks.Add(new TextChunk(start, text[start..end]));
            var next = ElementBoundaryAtOrBefore(text, end - overlap);
            start = next > start ? next : end;
        }
    }

    // Returns the last white space position in (limit - window, limit], or the last text element
    // boundary at or before limit.
    private static int FindCut(string text, int start, int limit, int window)
    {
        for (var i = limit; i > Math.Max(start + 1, limit - window); i--)
        {
            if (char.IsWhiteSpace(text[i - 1]))
            {
                return i;
            }
        }

        var boundary = ElementBoundaryAtOrBefore(text, limit);
        return boundary > start ? boundary : limit;
    }

    private static int ElementBoundaryAtOrBefore(string text, int index)
    {
        // Step back over a low surrogate or combining marks, then let StringInfo confirm the element start.
        var position = Math.Clamp(index, 0, text.Length);
        while (position > 0 && position < text.Length && IsInsideElement(text, position))
        {
            position--;
        }

        return position;
    }

    private static bool IsInsideElement(string text, int position) =>
        char.IsLowSurrogate(text[position])
        || CharUnicodeInfo.GetUnicodeCategory(text, position) is UnicodeCategory.NonSpacingMark
            or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark
        || text[position] == '\u200D' || (position > 0 && text[position - 1] == '\u200D');
}
