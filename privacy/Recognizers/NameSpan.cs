using System.Collections.Frozen;

namespace HelpBot.Privacy.Recognizers;

/// <summary>Word checks that decide which candidate words are part of a person's name.</summary>
internal static class NameSpan
{
    private static readonly FrozenSet<string> PersonWords = new[]
    {
        "client", "customer", "applicant", "patient", "member", "resident", "consumer", "son", "daughter", "husband",
        "wife", "spouse", "mother", "father", "mom", "dad", "child", "kid", "parent", "brother", "sister", "baby",
        "guardian", "partner", "name", "named", "user", "walk-in",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    // Made once, as the lookups of WordLists are, rather than on every call.
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> PersonWordLookup =
        PersonWords.GetAlternateLookup<ReadOnlySpan<char>>();

    // Verbs that come before the person they act on ("Call Dana Testperson", "Spoke with ..."), so a
    // sentence that starts with one does not start a name with it.
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> VerbBeforeNameLookup = new[]
    {
        "ask", "assist", "call", "contact", "email", "e-mail", "help", "meet", "message", "phone", "reach", "remind",
        "speak", "spoke", "talk", "tell", "text", "thank", "told", "visit", "met",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    // Words that are also names ("Will", "Long") but end a name typed in lower case, because they are more
    // often the next part of the sentence.
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> FunctionWordLookup = new[]
    {
        "also", "long", "must", "said", "says", "then", "when", "will", "with",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// Counts the words at the start of <paramref name="candidate"/> that can be name words and sets
    /// <paramref name="keptLength"/> to the length they cover. A word can be a name word when it is not a
    /// common word, a proper noun that is not a name, a single letter or "County". A capitalized common word
    /// still counts when it follows a name word or comes before one, so "Bill Young" and "Hope Rivers" are
    /// names while "Still waiting" is not; <paramref name="rules"/> says when common words may count. A
    /// possessive word is the last one counted, without its 's.
    /// </summary>
    public static int CountLeadingNameWords(ReadOnlySpan<char> candidate, NameWordRules rules, out int keptLength)
    {
        keptLength = 0;
        var count = 0;
        var position = 0;
        while (position < candidate.Length)
        {
            var word = NextWord(candidate, ref position);
            if (count == 0 && IsVerbBeforeName(word))
            {
                break;
            }

            var accepted = IsNameWord(word) || IsCommonWordInName(word, count, candidate, position, rules);
            if (!accepted)
            {
                break;
            }

            count++;
            keptLength = position;
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

    private static ReadOnlySpan<char> NextWord(ReadOnlySpan<char> text, ref int position)
    {
        var start = position;
        while (position < text.Length && !char.IsWhiteSpace(text[position]))
        {
            position++;
        }

        return text[start..position];
    }

    private static ReadOnlySpan<char> PeekWord(ReadOnlySpan<char> text, int position)
    {
        var start = position;
        while (start < text.Length && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        var end = start;
        while (end < text.Length && !char.IsWhiteSpace(text[end]))
        {
            end++;
        }

        return text[start..end];
    }

    // A title-case common word may start a name before a name word ("Hope Demo"). After a cue it may also
    // continue a name ("Bill Young") or start one before any title-case word ("Hope Young"), and after a
    // name cue a lower-case common word may start one ("name is hope rivers").
    private static bool IsCommonWordInName(
        ReadOnlySpan<char> word, int count, ReadOnlySpan<char> candidate, int position, NameWordRules rules)
    {
        var next = PeekWord(candidate, position);
        if ((count == 0 && IsPersonWord(word)) || IsAddressUnitWord(word))
        {
            return false;
        }

        if (IsTitleCaseCommonWord(word))
        {
            return rules == NameWordRules.Strict
                ? count == 0 && IsNameWord(next)
                : count > 0 || IsNameWord(next) || IsTitleCaseCommonWord(next);
        }

        return rules == NameWordRules.AfterNameCue && IsLowerCaseWord(word)
            && (count == 0 ? IsNameWord(next) : IsSurnameAlsoWord(StripPossessive(word)));
    }

    // "young" in "name is mohamed young": after a name cue and a name word, a lower-case word that is also a
    // name continues the name. Words of fewer than four letters and the listed function words never do,
    // so "name is dana and she" and "name is dana will call" end after "dana".
    private static bool IsSurnameAlsoWord(ReadOnlySpan<char> word) =>
        word.Length >= 4 && WordLists.IsNameAlsoWord(word) && !FunctionWordLookup.Contains(word);

    /// <summary>
    /// Returns true when the word before <paramref name="start"/> introduces a person: a person word
    /// ("client", "her son", "Client:") or a verb of contact ("called", "spoke with", "texted").
    /// </summary>
    public static bool FollowsPersonCue(string text, int start)
    {
        var previous = PreviousWord(text, start, out var previousStart);
        if (previous.IsEmpty)
        {
            return false;
        }

        if (IsPersonWord(previous.TrimEnd(':')) || IsVerbBeforeName(previous))
        {
            return true;
        }

        if (!previous.Equals("with", StringComparison.OrdinalIgnoreCase) && !previous.Equals("to", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        var verb = PreviousWord(text, previousStart, out _);
        return IsVerbBeforeName(verb) || verb.Equals("speaking", StringComparison.OrdinalIgnoreCase)
            || verb.Equals("talking", StringComparison.OrdinalIgnoreCase) || verb.Equals("working", StringComparison.OrdinalIgnoreCase);
    }

    // The word that ends before start, after spaces, tabs and at most one comma; empty at a line break or the text's start.
    private static ReadOnlySpan<char> PreviousWord(string text, int start, out int wordStart)
    {
        var end = start;
        while (end > 0 && text[end - 1] is ' ' or '\t')
        {
            end--;
        }

        if (end > 0 && text[end - 1] == ',')
        {
            end--;
        }

        wordStart = end;
        while (wordStart > 0 && !char.IsWhiteSpace(text[wordStart - 1]))
        {
            wordStart--;
        }

        return text.AsSpan(wordStart, end - wordStart);
    }

    // "Call", "Spoke", "Emailed", "Texted": a verb of contact in any tense. Any common word of five or more
    // letters that ends in "ed" is a past tense ("Called", "Visited"), which no given name is.
    private static bool IsVerbBeforeName(ReadOnlySpan<char> word)
    {
        if (VerbBeforeNameLookup.Contains(word))
        {
            return true;
        }

        if (word.Length >= 5 && word.EndsWith("ed", StringComparison.OrdinalIgnoreCase))
        {
            var stem = word[..^2];
            return VerbBeforeNameLookup.Contains(stem) || VerbBeforeNameLookup.Contains(word[..^1]) || WordLists.IsCommonWord(word);
        }

        return false;
    }

    /// <summary>Returns true for a lower-case particle inside a surname (Van der Berg, da Silva, bin Rashid).</summary>
    public static bool IsParticle(ReadOnlySpan<char> word) =>
        IsEuropeanParticle(word) || word is "bin" or "ibn" or "al" or "el" or "y";

    /// <summary>
    /// Returns true for a particle of a European surname (de, van, von, ...). A name without a cue word takes only
    /// these, because "al", "el" and "y" are also ordinary words of Spanish text.
    /// </summary>
    public static bool IsEuropeanParticle(ReadOnlySpan<char> word) =>
        word is "de" or "del" or "della" or "der" or "den" or "di" or "da" or "das" or "do" or "dos" or "du" or "la"
            or "le" or "van" or "von" or "ten" or "ter";

    // "Apt", "Suite", "Unit": a unit of an address that follows a name ("Mrs. Dana Testperson Apt. 5").
    private static bool IsAddressUnitWord(ReadOnlySpan<char> word)
    {
        var bare = word.TrimEnd('.');
        return bare.Equals("apt", StringComparison.OrdinalIgnoreCase) || bare.Equals("suite", StringComparison.OrdinalIgnoreCase)
            || bare.Equals("unit", StringComparison.OrdinalIgnoreCase);
    }

    // Words that introduce a name ("Client Dana Testperson") and so never start one.
    internal static bool IsPersonWord(ReadOnlySpan<char> word) =>
        PersonWordLookup.Contains(StripPossessive(word));

    private static bool IsLowerCaseWord(ReadOnlySpan<char> word) =>
        word.Length >= 2 && !word.ContainsAnyInRange('A', 'Z') && WordLists.IsCommonWord(StripPossessive(word));

    // "Hope" or "Young" but not "HOPE", "hope", "PEAK" or "County".
    private static bool IsTitleCaseCommonWord(ReadOnlySpan<char> word)
    {
        var bare = StripPossessive(word);
        return bare.Length >= 2
            && char.IsUpper(bare[0])
            && !bare[1..].ContainsAnyInRange('A', 'Z')
            && WordLists.IsCommonWord(bare)
            && !WordLists.IsProperNounNotName(bare)
            && !bare.Equals("county", StringComparison.OrdinalIgnoreCase);
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

        // A trailing dot is not part of the word ("Apt." is the common word "apt").
        var bare = StripPossessive(word);
        if (WordLists.IsCommonWord(bare) || (bare[^1] == '.' && WordLists.IsCommonWord(bare[..^1])) || WordLists.IsProperNounNotName(bare)
            || bare.Equals("county", StringComparison.OrdinalIgnoreCase))
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
