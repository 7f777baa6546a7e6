namespace HelpBot.Privacy.Recognizers;

// Lists of names: capitalized name words joined to a found name by commas and "and".
public sealed partial class KnownNameRecognizer
{
    // "Kowalski, Nguyen and Hartmann", "Novak and Petrov": capitalized name words joined to a found name by
    // commas and "and" belong to it, so a list of surnames is one finding. Returns the extended finding
    // and where reading goes on.
    private static PiiFinding ExtendOverNameList(string text, PiiFinding finding, out int next)
    {
        var start = finding.Offset;
        while (TryReadListWordBefore(text, start, out var before))
        {
            start = before;
        }

        var end = finding.End;
        next = end;
        while (TryReadListWordAfter(text, end, out var word))
        {
            var last = ReadRestOfListName(text, word);
            end = last.End;
            next = last.Next;
        }

        return start == finding.Offset && end == finding.End
            ? finding
            : finding with { Offset = start, Length = end - start };
    }

    // A list word takes the rest of its name with it: particles and the word after them ("Dana da Silva"),
    // or a known surname ("Dana Nguyen"). Other capitalized words after it ("Williamson Orchestra") are left
    // out. Returns the name's last word.
    private static NameWord ReadRestOfListName(string text, NameWord word)
    {
        while (word.End == word.Next && NameWord.TryRead(text, word.Next, out var next) && IsNameGap(text, word, next.Start))
        {
            var particles = CountParticlesBeforeName(text, next, MaxWords);
            if (particles > 0)
            {
                for (var i = 0; i < particles; i++)
                {
                    NameWord.TryRead(text, next.Next, out next);
                }
            }
            else if (!IsCandidate(text, next) || !WordLists.IsSurname(next.In(text)))
            {
                break;
            }

            word = next;
        }

        return word;
    }

    private static bool TryReadListWordAfter(string text, int end, out NameWord word)
    {
        word = default;
        var gap = end;
        while (gap < text.Length && text[gap] is ' ' or ',')
        {
            gap++;
        }

        var separator = text.AsSpan(end, gap - end).Trim(' ');
        if (text.AsSpan(gap).StartsWith("and ", StringComparison.Ordinal))
        {
            gap += 4;
        }
        else if (separator is not ",")
        {
            return false;
        }

        return NameWord.TryRead(text, gap, out word) && word.Start == gap && IsCandidate(text, word) && !IsContraction(text, word);
    }

    // "I'm", "We're": an apostrophe and one or two letters end the word.
    private static bool IsContraction(string text, NameWord word)
    {
        var letters = text.AsSpan(word.Start, word.Next - word.Start);
        var apostrophe = letters.LastIndexOfAny('\'', '’');
        return apostrophe > 0 && letters.Length - apostrophe - 1 is 1 or 2;
    }

    private static bool TryReadListWordBefore(string text, int start, out int wordStart)
    {
        wordStart = start;
        var separator = text.AsSpan(0, start);
        if (separator.EndsWith(", ", StringComparison.Ordinal))
        {
            separator = separator[..^2];
        }
        else if (separator.EndsWith(" and ", StringComparison.Ordinal))
        {
            separator = separator[..^5];
        }
        else
        {
            return false;
        }

        var begin = separator.Length;
        while (begin > 0 && (char.IsLetter(separator[begin - 1]) || char.GetUnicodeCategory(separator[begin - 1]) is System.Globalization.UnicodeCategory.NonSpacingMark))
        {
            begin--;
        }

        if (begin == separator.Length || (begin > 0 && !char.IsWhiteSpace(separator[begin - 1]) && separator[begin - 1] != ','))
        {
            return false;
        }

        if (!NameWord.TryRead(text, begin, out var word) || word.Start != begin || word.Next != separator.Length || !IsCandidate(text, word))
        {
            return false;
        }

        wordStart = begin;
        return true;
    }
}
