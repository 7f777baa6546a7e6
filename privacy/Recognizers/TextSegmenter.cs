namespace HelpBot.Privacy.Recognizers;

/// <summary>
/// Cuts a text into the stretches that recognizers scan. A text of up to <see cref="WholeTextLimit"/>
/// code units is one stretch, so a cue and its value may sit on different lines. A longer text, such as
/// a pasted log or a batch file, is scanned line by line: each line is then checked for each pattern's
/// trigger on its own, and a pattern runs only on the lines that can hold a match.
/// </summary>
internal static class TextSegmenter
{
    /// <summary>Longest text scanned as one stretch.</summary>
    public const int WholeTextLimit = 4096;

    /// <summary>Returns the stretches of <paramref name="text"/> in order.</summary>
    public static List<TextSegment> Split(string text)
    {
        if (text.Length <= WholeTextLimit)
        {
            return [TextSegment.Create(text, 0, text.Length)];
        }

        var segments = new List<TextSegment>(text.Length / 128);
        var start = 0;
        while (start < text.Length)
        {
            var newline = text.AsSpan(start).IndexOf('\n');
            var end = newline < 0 ? text.Length : start + newline;
            if (end > start)
            {
                segments.Add(TextSegment.Create(text, start, end - start));
            }

            start = end + 1;
        }

        return segments;
    }
}
