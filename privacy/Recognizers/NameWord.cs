namespace HelpBot.Privacy.Recognizers;

/// <summary>One word of a text as <see cref="KnownNameRecognizer"/> reads it: letters and marks joined by apostrophes or hyphens.</summary>
/// <param name="Start">Index of the first letter.</param>
/// <param name="End">Index just past the last letter, without a possessive 's.</param>
/// <param name="Next">Index where reading goes on.</param>
internal readonly record struct NameWord(int Start, int End, int Next)
{
    /// <summary>Reads the next word at or after <paramref name="position"/>; returns false at the end of the text.</summary>
    public static bool TryRead(string text, int position, out NameWord word)
    {
        word = default;
        var start = position;
        while (start < text.Length && !char.IsLetter(text[start]))
        {
            start++;
        }

        if (start >= text.Length)
        {
            return false;
        }

        var end = start + 1;
        while (end < text.Length && (IsLetterOrMark(text[end]) || (IsJoiner(text[end]) && end + 1 < text.Length && char.IsLetter(text[end + 1]))))
        {
            end++;
        }

        var next = end;
        if (end - start > 2 && text[end - 1] is 's' && IsApostrophe(text[end - 2]))
        {
            end -= 2;
        }

        word = new NameWord(start, end, next);
        return true;
    }

    /// <summary>Returns the word's letters.</summary>
    public ReadOnlySpan<char> In(string text) => text.AsSpan(Start, End - Start);

    private static bool IsLetterOrMark(char c) =>
        char.IsLetter(c) || char.GetUnicodeCategory(c) is System.Globalization.UnicodeCategory.NonSpacingMark;

    private static bool IsJoiner(char c) => c is '-' || IsApostrophe(c);

    private static bool IsApostrophe(char c) => c is '\'' or '’';
}
