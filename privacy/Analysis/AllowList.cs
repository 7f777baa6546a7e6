using System.Collections.Frozen;

namespace HelpBot.Privacy.Analysis;

/// <summary>
/// Values that are never PII. Phone-like values (ten or more digits and only phone punctuation) match on
/// their last ten digits; other values match case-insensitively after trimming.
/// </summary>
internal sealed class AllowList
{
    private const int PhoneDigits = 10;

    private readonly FrozenSet<string> _phoneKeys;
    private readonly FrozenSet<string> _textValues;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _textLookup;

    public AllowList(IEnumerable<string> values)
    {
        var phones = new List<string>();
        var texts = new List<string>();
        foreach (var value in values.Where(v => !string.IsNullOrWhiteSpace(v)))
        {
            var key = PhoneKey(value);
            if (key is not null)
            {
                phones.Add(key);
            }
            else
            {
                texts.Add(value.Trim());
            }
        }

        _phoneKeys = phones.ToFrozenSet(StringComparer.Ordinal);
        _textValues = texts.ToFrozenSet(StringComparer.OrdinalIgnoreCase);
        _textLookup = _textValues.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>Returns true when <paramref name="value"/> is on the list.</summary>
    public bool Contains(ReadOnlySpan<char> value)
    {
        if (_textLookup.Contains(value.Trim()))
        {
            return true;
        }

        var key = PhoneKey(value);
        return key is not null && _phoneKeys.Contains(key);
    }

    // Returns the last ten digits of a phone-like value, or null for any other value.
    private static string? PhoneKey(ReadOnlySpan<char> value)
    {
        Span<char> digits = stackalloc char[32];
        var count = 0;
        foreach (var c in value)
        {
            if (char.IsAsciiDigit(c))
            {
                if (count == digits.Length)
                {
                    return null;
                }

                digits[count++] = c;
            }
            else if (c is not (' ' or '-' or '.' or '(' or ')' or '+'))
            {
                return null;
            }
        }

        return count >= PhoneDigits ? new string(digits[(count - PhoneDigits)..count]) : null;
    }
}
