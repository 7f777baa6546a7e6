namespace HelpBot.Privacy.Recognizers.Triggers;

/// <summary>
/// A trigger string, and whether it counts only where it starts a word (at the start of the text, or
/// after a character that is neither a letter nor a digit) or only where it is a whole word.
/// </summary>
/// <param name="Value">The string, compared case-insensitively.</param>
/// <param name="AtWordStart">True when an occurrence inside a word ("son" in "person") does not count.</param>
/// <param name="AtWordEnd">True when an occurrence followed by a letter or digit ("st" in "status") does not count.</param>
internal readonly record struct TriggerString(string Value, bool AtWordStart, bool AtWordEnd = false)
{
    /// <summary>Returns a string that counts only where it starts a word.</summary>
    public static TriggerString WordStart(string value) => new(value, AtWordStart: true);

    /// <summary>Returns a string that counts only where it is a whole word.</summary>
    public static TriggerString WholeWord(string value) => new(value, AtWordStart: true, AtWordEnd: true);

    /// <summary>
    /// Returns true when the occurrence of <see cref="Value"/> at <paramref name="start"/> of <paramref name="text"/>
    /// meets the word-start and word-end rules.
    /// </summary>
    public bool MeetsBoundaries(ReadOnlySpan<char> text, int start)
    {
        var end = start + Value.Length;
        return (!AtWordStart || start == 0 || !char.IsLetterOrDigit(text[start - 1]))
            && (!AtWordEnd || end >= text.Length || !char.IsLetterOrDigit(text[end]));
    }

    /// <summary>Compares values ignoring case, and the word-start and word-end flags exactly.</summary>
    public static IEqualityComparer<TriggerString> Comparer { get; } = new IgnoreCaseComparer();

    private sealed class IgnoreCaseComparer : IEqualityComparer<TriggerString>
    {
        public bool Equals(TriggerString x, TriggerString y) =>
            x.AtWordStart == y.AtWordStart && x.AtWordEnd == y.AtWordEnd && string.Equals(x.Value, y.Value, StringComparison.OrdinalIgnoreCase);

        public int GetHashCode(TriggerString obj) =>
            HashCode.Combine(StringComparer.OrdinalIgnoreCase.GetHashCode(obj.Value), obj.AtWordStart, obj.AtWordEnd);
    }
}
