using System.Text.RegularExpressions;

namespace HelpBot.Domain.Reports;

/// <summary>
/// Runs a pattern over text of any length in overlapping windows of at most
/// <see cref="RegexLimits.MaxTextLength"/> characters, so the match timeout still bounds each run. Readers
/// use it for short values that matter anywhere in a pasted log, such as a case number.
/// </summary>
internal static class TextWindows
{
    /// <summary>
    /// Characters before a match that each window reads with it, so a cue before the value ("password
    /// is") is in the same window as the value.
    /// </summary>
    public const int ContextLength = 64;

    /// <summary>Longest match the windows find whole. A longer match that crosses a window edge can be missed.</summary>
    public const int MaxMatchLength = 64;

    private const int Overlap = ContextLength + MaxMatchLength;

    /// <summary>
    /// Returns the first value that <paramref name="read"/> takes from a match of <paramref name="pattern"/>
    /// in <paramref name="text"/>, or null. Each window is first passed through <paramref name="prepare"/>,
    /// which must keep every offset (as <see cref="PasswordValues.Blank"/> does). A match in the first
    /// <see cref="ContextLength"/> characters of a later window, or one that touches the window's end
    /// before the text ends, is read in the window next to it, where it has its context and its end.
    /// </summary>
    public static string? FindFirst(string text, Regex pattern, Func<string, string> prepare, Func<Match, string?> read)
    {
        ArgumentNullException.ThrowIfNull(text);
        for (var start = 0; start < text.Length; start += RegexLimits.MaxTextLength - Overlap)
        {
            var end = Math.Min(text.Length, start + RegexLimits.MaxTextLength);
            var window = prepare(text[start..end]);
            for (var match = pattern.Match(window); match.Success; match = match.NextMatch())
            {
                var lacksContext = start > 0 && match.Index < ContextLength;
                var mayBeCut = end < text.Length && match.Index + match.Length == window.Length;
                if (!lacksContext && !mayBeCut && read(match) is { } value)
                {
                    return value;
                }
            }

            if (end == text.Length)
            {
                break;
            }
        }

        return null;
    }
}
