namespace HelpBot.Privacy.Recognizers;

/// <summary>Word checks that decide which candidate words are part of a person's name.</summary>
internal static class NameSpan
{
    /// <summary>
    /// Counts the words at the start of <paramref name="candidate"/> that can be name words and sets
    /// <paramref name="keptLength"/> to the length they cover. Counting stops at the first common word,
    /// proper noun that is not a name, or single letter, and
    /// a possessive word is the last one counted, without its 's.
    /// </summary>
    public static int CountLeadingNameWords(ReadOnlySpan<char> candidate, out int keptLength)
    {
        keptLength = 0;
        var count = 0;
        var position = 0;
        while (position < candidate.Length)
        {
            var wordStart = position;
            while (position < candidate.Length && !char.IsWhiteSpace(candidate[position]))
            {
                position++;
            }

            if (!IsNameWord(candidate[wordStart..position]))
            {
                break;
            }

            count++;
            keptLength = position;
            var word = candidate[wordStart..position];
            if (StripPossessive(word).Length < word.Length)
            {
                // A possessive ends the name, and the 's is not part of it.
                keptLength -= 2;
                break;
            }

            while (position < candidate.Length && char.IsWhiteSpace(candidate[position]))
            {
                position++;
            }
        }

        return count;
    }

    /// <summary>Returns true when the next word after <paramref name="end"/> is "County".</summary>
    public static bool IsFollowedByCounty(string text, int end)
    {
        var rest = text.AsSpan(end).TrimStart();
        return rest.StartsWith("county", StringComparison.OrdinalIgnoreCase)
            && (rest.Length == 6 || !char.IsLetter(rest[6]));
    }

    private static bool IsNameWord(ReadOnlySpan<char> word)
    {
        if (word.Length < 2)
        {
            return false;
        }

        var bare = StripPossessive(word);
        if (WordLists.IsCommonWord(bare) || WordLists.IsProperNounNotName(bare))
        {
            return false;
        }

        // Hyphenated words such as "Spanish-speaking" are not names when a part is a common word.
        var hyphen = bare.IndexOf('-');
        return hyphen < 0 || (!WordLists.IsCommonWord(bare[..hyphen]) && !WordLists.IsCommonWord(bare[(hyphen + 1)..]));
    }

    private static ReadOnlySpan<char> StripPossessive(ReadOnlySpan<char> word) =>
        word.EndsWith("'s", StringComparison.OrdinalIgnoreCase) || word.EndsWith("’s", StringComparison.OrdinalIgnoreCase)
            ? word[..^2]
            : word;
}
