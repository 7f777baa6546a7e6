namespace HelpBot.Privacy.Recognizers;

/// <summary>Digit helpers shared by the number recognizers.</summary>
internal static class DigitRules
{
    /// <summary>Copies the ASCII digits of <paramref name="value"/> into <paramref name="digits"/> and returns how many there were.</summary>
    public static int ExtractDigits(ReadOnlySpan<char> value, Span<char> digits)
    {
        var count = 0;
        foreach (var c in value)
        {
            if (!char.IsAsciiDigit(c))
            {
                continue;
            }

            if (count == digits.Length)
            {
                return -1;
            }

            digits[count++] = c;
        }

        return count;
    }

    /// <summary>Returns the number formed by <paramref name="digits"/>, which must all be ASCII digits.</summary>
    public static int ToNumber(ReadOnlySpan<char> digits)
    {
        var number = 0;
        foreach (var c in digits)
        {
            number = (number * 10) + (c - '0');
        }

        return number;
    }

    /// <summary>Returns true when every digit is the same (111111111).</summary>
    public static bool AllSame(ReadOnlySpan<char> digits) =>
        digits.Length > 0 && !digits.ContainsAnyExcept(digits[0]);
}
