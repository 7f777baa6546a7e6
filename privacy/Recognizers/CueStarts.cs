using System.Text.RegularExpressions;
using HelpBot.Privacy.Recognizers.Triggers;

namespace HelpBot.Privacy.Recognizers;

/// <summary>
/// Runs a pattern whose match follows a cue word in a lookbehind, "(?&lt;=cue, optional 's, spaces and one
/// comma)Name", only where a cue word occurs, instead of evaluating the lookbehind at every capital
/// letter. The cue words present in a segment are found with its trigger strings and a case-insensitive
/// search. Each position after a cue where a capital letter follows is a candidate start, and the same
/// regex anchored with \G decides the match there. Candidates are a superset of the positions where the
/// regex can match, and are tried in order from the end of the last match, so the matches are those of
/// the regex.
/// </summary>
internal sealed class CueStarts : MatchStarts
{
    private readonly string[] _cues;

    // Each cue's trigger id as a string that starts a word, or -1 where the table has none.
    private readonly int[] _ids;

    /// <summary>Creates the finder for <paramref name="cues"/>, ASCII words matched ignoring case, and the anchored regex.</summary>
    public CueStarts(string[] cues, Regex anchored)
        : base(anchored)
    {
        ArgumentNullException.ThrowIfNull(cues);
        if (cues.Any(c => c.Length == 0 || !c.All(char.IsAscii)))
        {
            throw new ArgumentException("Cue words must be non-empty ASCII.", nameof(cues));
        }

        _cues = cues;
        _ids = [.. cues.Select(c => TriggerTable.Register(TriggerString.WordStart(c)))];
    }

    /// <inheritdoc/>
    protected override void Find(ReadOnlySpan<char> span, in TextSegment segment, List<int> starts)
    {
        for (var i = 0; i < _cues.Length; i++)
        {
            var id = _ids[i];
            if (id >= 0 && id < segment.TriggerIdsScanned && !segment.Triggers.Contains(id))
            {
                continue;
            }

            AddAfterCue(span, _cues[i], starts);
        }

        starts.Sort();
    }

    private static void AddAfterCue(ReadOnlySpan<char> span, string cue, List<int> starts)
    {
        for (var from = 0; from < span.Length;)
        {
            var index = span[from..].IndexOf(cue, StringComparison.OrdinalIgnoreCase);
            if (index < 0)
            {
                return;
            }

            var end = from + index + cue.Length;
            AddNameStart(span, end, starts);
            if (span[end..].StartsWith("'s", StringComparison.OrdinalIgnoreCase))
            {
                AddNameStart(span, end + 2, starts);
            }

            from += index + 1;
        }
    }

    // After a cue ending at end: spaces or tabs, at most one comma, then at least one space or tab
    // ("[ \t]*,?[ \t]+"), and a capital letter where the name starts.
    private static void AddNameStart(ReadOnlySpan<char> span, int end, List<int> starts)
    {
        var position = SkipBlanks(span, end);
        var blanks = position - end;
        if (position < span.Length && span[position] == ',')
        {
            var afterComma = SkipBlanks(span, position + 1);
            blanks = afterComma - position - 1;
            position = afterComma;
        }

        if (blanks > 0 && position < span.Length && char.IsAsciiLetterUpper(span[position]))
        {
            starts.Add(position);
        }
    }

    private static int SkipBlanks(ReadOnlySpan<char> span, int position)
    {
        while (position < span.Length && span[position] is ' ' or '\t')
        {
            position++;
        }

        return position;
    }
}
