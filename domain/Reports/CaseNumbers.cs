namespace HelpBot.Domain.Reports;

/// <summary>
/// Reads a CBMS case number typed in a sentence: 1B and 4 to 10 digits, which people also type in groups
/// ("1B 00000", "1B-000-00", "1B 000 00"). A group after a dash always belongs to the number. A group after
/// a space belongs to it only while the number has fewer than 4 digits, so "1B00000 2 weeks ago" stays 1B00000.
/// </summary>
internal static class CaseNumbers
{
    /// <summary>Fewest digits after 1B.</summary>
    public const int MinDigits = 4;

    /// <summary>Most digits after 1B.</summary>
    public const int MaxDigits = 10;

    /// <summary>
    /// Returns the case number that <paramref name="candidate"/> starts with, as "1B" and its digits, or
    /// null. The candidate starts with "1B" in any case, then an optional space or dash, then digits.
    /// </summary>
    public static string? Read(ReadOnlySpan<char> candidate)
    {
        Span<char> digits = stackalloc char[MaxDigits];
        var count = 0;
        var i = 2;
        if (i < candidate.Length && candidate[i] is ' ' or '-')
        {
            i++;
        }

        while (true)
        {
            for (; i < candidate.Length && char.IsAsciiDigit(candidate[i]); i++)
            {
                if (count == MaxDigits)
                {
                    return null;
                }

                digits[count++] = candidate[i];
            }

            var joins = i + 1 < candidate.Length && char.IsAsciiDigit(candidate[i + 1])
                && (candidate[i] == '-' || (candidate[i] == ' ' && count < MinDigits));
            if (!joins)
            {
                break;
            }

            i++;
        }

        return count < MinDigits ? null : string.Concat("1B", digits[..count]);
    }
}
