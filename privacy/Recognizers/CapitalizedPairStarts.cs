using System.Text.RegularExpressions;

namespace HelpBot.Privacy.Recognizers;

/// <summary>
/// Candidate starts of two to four capitalized name words. A candidate is a capital letter that starts a
/// word and is followed by name characters (letters, apostrophes, hyphens and the dot of "St."). Spaces or
/// tabs come next, then a capital letter or a lower-case particle (de, van, y). Every match of the pattern
/// starts so, because its first word ends where a space or tab follows.
/// </summary>
internal sealed class CapitalizedPairStarts(Regex anchored) : MatchStarts(anchored)
{
    /// <inheritdoc/>
    protected override void Find(ReadOnlySpan<char> span, in TextSegment segment, List<int> starts)
    {
        for (var start = span.IndexOfAnyInRange('A', 'Z'); start >= 0;)
        {
            // A capital after a dot, apostrophe or hyphen inside the run can start a match too, so the search
            // goes on from the next character.
            var next = start + 1;
            if (start == 0 || !IsWordCharacter(span[start - 1]))
            {
                var end = start + 1;
                while (end < span.Length && IsNameCharacter(span[end]))
                {
                    end++;
                }

                var wordStart = end;
                while (wordStart < span.Length && span[wordStart] is ' ' or '\t')
                {
                    wordStart++;
                }

                if (wordStart > end && wordStart < span.Length && (char.IsAsciiLetterUpper(span[wordStart]) || IsParticleLetter(span[wordStart])))
                {
                    starts.Add(start);
                }
            }

            var found = next < span.Length ? span[next..].IndexOfAnyInRange('A', 'Z') : -1;
            start = found < 0 ? -1 : next + found;
        }
    }

    // Letters, digits and the underscore: a capital after one of them starts no word (\b fails).
    private static bool IsWordCharacter(char c) => char.IsAsciiLetterOrDigit(c) || c == '_';

    private static bool IsNameCharacter(char c) => char.IsAsciiLetter(c) || c is '\'' or '-' or '.';

    // The first letters of the particles: de, del, della, der, den, di, da, das, do, dos, du, la, le, van,
    // von, bin, ibn, al, el, y.
    private static bool IsParticleLetter(char c) => c is 'd' or 'l' or 'v' or 'b' or 'i' or 'a' or 'e' or 'y';
}
