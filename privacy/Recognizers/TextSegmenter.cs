namespace HelpBot.Privacy.Recognizers;

/// <summary>
/// Cuts a text into the stretches that recognizers scan. A text of up to <see cref="WholeTextLimit"/>
/// code units is one stretch, so a cue and its value may sit on different lines. A longer text, such as
/// a pasted log or a batch file, is scanned in stretches of whole lines of about <see cref="StretchLength"/>
/// code units: each stretch is checked for each pattern's trigger on its own, and a pattern runs only on
/// the stretches that can hold a match. Short stretches (a line, or a few short lines) keep the
/// triggers selective: on the 1 MB benchmark text, stretches of about 64 code units scanned faster than
/// stretches of 512, whose extra lines made most patterns run, although each regex call starts a
/// time-out clock.
/// </summary>
internal static class TextSegmenter
{
    /// <summary>Longest text scanned as one stretch.</summary>
    public const int WholeTextLimit = 4096;

    /// <summary>Length after which a stretch of a long text ends at the next line break.</summary>
    public const int StretchLength = 64;

    /// <summary>Returns the stretches of <paramref name="text"/> in order.</summary>
    public static List<TextSegment> Split(string text) => Split(text, new List<TextSegment>(text.Length <= WholeTextLimit ? 1 : text.Length / 128));

    /// <summary>Replaces the contents of <paramref name="segments"/> with the stretches of <paramref name="text"/>, in order, and returns it.</summary>
    public static List<TextSegment> Split(string text, List<TextSegment> segments)
    {
        segments.Clear();
        if (text.Length <= WholeTextLimit)
        {
            segments.Add(TextSegment.Create(text, 0, text.Length));
            return segments;
        }

        var start = 0;
        while (start < text.Length)
        {
            var searchFrom = Math.Min(text.Length, start + StretchLength);
            var newline = text.AsSpan(searchFrom).IndexOf('\n');
            newline = newline < 0 ? -1 : newline + searchFrom - start;
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
