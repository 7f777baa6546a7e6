using System.Text;

namespace HelpBot.Cards.Text;

/// <summary>
/// Makes user-provided text safe to place in a TextBlock or FactSet, whose text renderers read
/// as markdown. Text from the content file is trusted and may use markdown.
/// </summary>
public static class CardText
{
    private const char WordJoiner = '\u2060';
    private const string Ellipsis = "\u2026";

    // Characters that start or end inline markdown (emphasis, code, links, images, raw HTML,
    // tables, strikethrough). A backslash before any ASCII punctuation is an escape in CommonMark.
    private const string InlineSpecials = "\\`*_~[]()<>|";

    // Characters that start a heading, quote, list item, thematic break or setext underline
    // when they come first on a line.
    private const string LineStartSpecials = "#>-+=";

    /// <summary>
    /// Escapes user text so no renderer turns it into links, images, emphasis, code, headings,
    /// quotes, lists or HTML, and removes control and bidirectional-override characters.
    /// </summary>
    /// <remarks>
    /// CommonMark renderers (Web Chat's markdown-it) turn the backslash escapes back into the
    /// typed characters. A renderer that ignores backslashes shows them, but still cannot form
    /// a link, because "]" and "(" are never adjacent after escaping. A word joiner after the
    /// colon of "://" and after a leading "www" stops renderers from turning addresses into
    /// links. NOTE: a renderer with fuzzy link detection may still link a bare domain such as
    /// example.com. Such a link shows its own address, so it cannot disguise its target.
    /// </remarks>
    public static string Escape(string? userText)
    {
        if (string.IsNullOrEmpty(userText))
        {
            return string.Empty;
        }

        var lines = Clean(userText).Split('\n');
        var builder = new StringBuilder(userText.Length + 16);
        for (var i = 0; i < lines.Length; i++)
        {
            if (i > 0)
            {
                builder.Append('\n');
            }

            AppendEscapedLine(builder, lines[i].TrimStart(' ', '\t'));
        }

        return builder.ToString();
    }

    /// <summary>
    /// Shortens user text to at most <paramref name="maxLength"/> characters (plus an ellipsis),
    /// then escapes it as <see cref="Escape(string?)"/> does.
    /// </summary>
    public static string Escape(string? userText, int maxLength) => Escape(Truncate(userText, maxLength));

    /// <summary>
    /// Returns user text with line breaks normalized to "\n", tabs turned into spaces and
    /// control and bidirectional-override characters removed; for plain-text fallbacks and
    /// input values, which are never read as markdown.
    /// </summary>
    public static string Clean(string? userText)
    {
        if (string.IsNullOrEmpty(userText))
        {
            return string.Empty;
        }

        var builder = new StringBuilder(userText.Length);
        for (var i = 0; i < userText.Length; i++)
        {
            var c = userText[i];
            if (c == '\r')
            {
                builder.Append('\n');
                if (i + 1 < userText.Length && userText[i + 1] == '\n')
                {
                    i++;
                }
            }
            else if (c == '\t')
            {
                builder.Append(' ');
            }
            else if (c == '\n' || !IsRemoved(c))
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }

    /// <summary>
    /// Shortens text to at most <paramref name="maxLength"/> characters, never splitting a
    /// surrogate pair, and appends an ellipsis when it cut something.
    /// </summary>
    public static string Truncate(string? text, int maxLength)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxLength);
        if (string.IsNullOrEmpty(text) || text.Length <= maxLength)
        {
            return text ?? string.Empty;
        }

        var cut = maxLength;
        if (char.IsHighSurrogate(text[cut - 1]))
        {
            cut--;
        }

        return string.Concat(text.AsSpan(0, cut).TrimEnd(), Ellipsis);
    }

    private static bool IsRemoved(char c) =>
        char.IsControl(c) || c is (>= '\u202A' and <= '\u202E') or (>= '\u2066' and <= '\u2069');

    private static void AppendEscapedLine(StringBuilder builder, string line)
    {
        var orderedListMarker = FindOrderedListMarker(line);
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            var escapeHere = InlineSpecials.Contains(c)
                || (i == 0 && LineStartSpecials.Contains(c))
                || i == orderedListMarker;
            if (escapeHere)
            {
                builder.Append('\\');
            }

            builder.Append(c);
            if (BreaksAutolink(line, i))
            {
                builder.Append(WordJoiner);
            }
        }
    }

    // Returns the index of the "." or ")" that makes "12." or "3)" an ordered list marker.
    private static int FindOrderedListMarker(string line)
    {
        var i = 0;
        while (i < line.Length && char.IsAsciiDigit(line[i]))
        {
            i++;
        }

        return i > 0 && i < line.Length && line[i] is '.' or ')' ? i : -1;
    }

    // True after the ":" of "://" and after the "www" of a leading "www.", where a word joiner
    // stops address detection without changing what the user sees.
    private static bool BreaksAutolink(string line, int i)
    {
        if (line.AsSpan(i).StartsWith("://", StringComparison.Ordinal))
        {
            return true;
        }

        return i >= 2
            && line.AsSpan(i - 2).StartsWith("www.", StringComparison.OrdinalIgnoreCase)
            && (i == 2 || !char.IsLetterOrDigit(line[i - 3]));
    }
}
