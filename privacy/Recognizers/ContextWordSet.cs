using HelpBot.Privacy.Recognizers.Triggers;

namespace HelpBot.Privacy.Recognizers;

/// <summary>
/// A recognizer's context words, each with its id in the trigger table as a string that starts a word.
/// A whole word of a window starts a word of the stretch around it, so a window is searched only for the
/// words whose trigger the stretch holds. Finds the same words as <see cref="ContextMatcher.FindWords"/>,
/// in the same order.
/// </summary>
internal sealed class ContextWordSet
{
    private readonly IReadOnlyList<string> _words;

    // Each word's trigger id, or -1 where the table has none (a word outside ASCII, or a full table).
    private readonly int[] _ids;

    /// <summary>Prepares <paramref name="words"/>, which are matched case-insensitively as whole words.</summary>
    public ContextWordSet(IReadOnlyList<string> words)
    {
        ArgumentNullException.ThrowIfNull(words);
        _words = words;
        _ids = [.. words.Select(w => TriggerTable.Register(TriggerString.WordStart(w)))];
    }

    /// <summary>
    /// Adds each context word found in <paramref name="window"/> to <paramref name="found"/>, in list order.
    /// A word cut by an end of the window (<paramref name="edges"/>) is not a word.
    /// </summary>
    public void FindWords(ReadOnlySpan<char> window, List<string> found, WindowEdges edges = default) =>
        FindWords(window, found, edges, default, idsScanned: 0);

    /// <summary>
    /// Like <see cref="FindWords(ReadOnlySpan{char}, List{string}, WindowEdges)"/> for a window of text whose
    /// trigger strings are <paramref name="present"/>, of the ids below <paramref name="idsScanned"/>. A word
    /// whose trigger is not present is skipped; one whose id was not scanned is searched.
    /// </summary>
    public void FindWords(ReadOnlySpan<char> window, List<string> found, WindowEdges edges, in TriggerMask present, int idsScanned)
    {
        if (window.IsEmpty)
        {
            return;
        }

        for (var i = 0; i < _words.Count; i++)
        {
            var id = _ids[i];
            if ((id < 0 || id >= idsScanned || present.Contains(id)) && ContextMatcher.ContainsWord(window, _words[i], edges))
            {
                found.Add(_words[i]);
            }
        }
    }
}
