using System.Buffers;

namespace HelpBot.Privacy.Recognizers;

/// <summary>
/// One token of a text, separated by white space, as <see cref="StreetAddressRecognizer"/> reads it,
/// without a trailing comma or semicolon. The quote markers ("> ") at the start of a line count as white space.
/// </summary>
/// <param name="Start">Index of the first character.</param>
/// <param name="End">Index just past the token, before a trailing comma or semicolon.</param>
/// <param name="HasComma">True when a comma or semicolon followed the token.</param>
/// <param name="BlockBreak">True when a line break or two or more spaces come before the token, as between the lines of an address block.</param>
/// <param name="IsWord">True for a word of letters, with dots, hyphens or apostrophes inside (do, St., d'Assas).</param>
/// <param name="IsHouseNumber">True for a house number: 1 to 5 digits, an optional letter and an optional dot (19., 12b).</param>
internal readonly record struct AddressToken(int Start, int End, bool HasComma, bool BlockBreak, bool IsWord, bool IsHouseNumber)
{
    // Every character that char.IsWhiteSpace accepts, for a vectorized search of a token's end.
    private static readonly SearchValues<char> WhiteSpace =
        SearchValues.Create([.. Enumerable.Range(0, char.MaxValue + 1).Select(c => (char)c).Where(char.IsWhiteSpace)]);

    /// <summary>Splits <paramref name="text"/> at white space.</summary>
    public static List<AddressToken> Split(string text) => Split(text, []);

    /// <summary>Replaces the contents of <paramref name="tokens"/> with the tokens of <paramref name="text"/> and returns it.</summary>
    public static List<AddressToken> Split(string text, List<AddressToken> tokens)
    {
        tokens.Clear();
        var position = 0;
        while (position < text.Length)
        {
            var gapStart = position;
            var lineStart = position == 0 || text[position - 1] == '\n';
            while (position < text.Length && (char.IsWhiteSpace(text[position]) || (lineStart && text[position] == '>')))
            {
                lineStart = text[position] == '\n' || (lineStart && text[position] is '>' or ' ' or '\t');
                position++;
            }

            var gap = text.AsSpan(gapStart, position - gapStart);
            var tokenStart = position;
            var tokenLength = text.AsSpan(position).IndexOfAny(WhiteSpace);
            position = tokenLength < 0 ? text.Length : position + tokenLength;

            if (position > tokenStart)
            {
                var tokenEnd = position;
                var comma = text[tokenEnd - 1] is ',' or ';';
                var blockBreak = gap.ContainsAny('\n', '\r') || gap.Length >= 2;
                var end = comma && tokenEnd - 1 > tokenStart ? tokenEnd - 1 : tokenEnd;
                var value = text.AsSpan(tokenStart, end - tokenStart);
                tokens.Add(new AddressToken(tokenStart, end, comma, blockBreak, IsWordValue(value), IsHouseNumberValue(value)));
            }
        }

        return tokens;
    }

    /// <summary>Returns the token's characters.</summary>
    public ReadOnlySpan<char> In(string text) => text.AsSpan(Start, End - Start);


    /// <summary>Returns true for a postal code: 4 to 6 digits.</summary>
    public bool IsPostalCode(string text)
    {
        var value = In(text);
        return value.Length is >= 4 and <= 6 && !value.ContainsAnyExceptInRange('0', '9');
    }

    // The two classes are computed once per token at the split, because the street search checks each
    // token several times, once from each of the tokens before it.
    private static bool IsHouseNumberValue(ReadOnlySpan<char> value)
    {
        value = value.TrimEnd('.');
        var digits = value.Length > 0 && char.IsAsciiLetter(value[^1]) ? value[..^1] : value;
        return digits.Length is >= 1 and <= 5 && !digits.ContainsAnyExceptInRange('0', '9');
    }

    private static bool IsWordValue(ReadOnlySpan<char> value) =>
        value.Length > 0 && char.IsLetter(value[0]) && !value.ContainsAnyInRange('0', '9');
}
