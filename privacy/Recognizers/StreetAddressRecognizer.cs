namespace HelpBot.Privacy.Recognizers;

/// <summary>
/// Finds street addresses written the European way, the street name before the house number:
/// "Koskikatu 25", "Rua do Arenque 1634", "Erzsébet tér 19.", "20789 Allika 46". A street starts at a
/// word that names a kind of street (Words/street-types.txt) or at a one-word street name with a street
/// ending (Words/street-endings.txt). Up to two capitalized words before it belong to it, and a house
/// number follows at most three words after it. One to three capitalized words between a building
/// number and a house number are a street too. A number before the street, a following "Apt. 595" or "Suite 501", and the next lines of an
/// address block (town, state, country and postal code after a line break) are findings of their own.
/// American addresses with the number first are found by <see cref="AddressRecognizer"/>. In the General
/// profile the town, state and country of an address block are <see cref="PiiCategories.Location"/>
/// findings and only its postal code is an address finding.
/// </summary>
public sealed partial class StreetAddressRecognizer : IPiiRecognizer, IProfileAwareRecognizer
{
    private const double Score = 0.6;
    private const int MaxWordsBeforeNumber = 3;
    private const int MaxNameWordsBeforeType = 2;
    private const int MaxBlockTokens = 8;

    // The tokens of the text being analyzed on this thread, reused from text to text.
    [ThreadStatic]
    private static List<AddressToken>? t_tokens;

    private readonly bool _placeLinesAreLocations;

    /// <summary>Creates the recognizer of the DeskAid profile, which flags a whole address block as an address.</summary>
    public StreetAddressRecognizer()
        : this(PiiProfile.DeskAid)
    {
    }

    private StreetAddressRecognizer(PiiProfile profile) => _placeLinesAreLocations = profile == PiiProfile.General;

    /// <inheritdoc/>
    public IPiiRecognizer ForProfile(PiiProfile profile) =>
        (profile == PiiProfile.General) == _placeLinesAreLocations ? this : new StreetAddressRecognizer(profile);

    /// <inheritdoc/>
    public string Name => nameof(StreetAddressRecognizer);

    /// <inheritdoc/>
    public string Category => PiiCategories.Address;

    /// <inheritdoc/>
    public PiiTier Tier => PiiTier.Identifier;

    /// <inheritdoc/>
    public void Analyze(string text, ICollection<PiiFinding> findings)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(findings);
        if (!HasHouseNumberToken(text))
        {
            return;
        }

        var tokens = AddressToken.Split(text, t_tokens ??= []);
        for (var i = 0; i < tokens.Count; i++)
        {
            var (first, number) = FindStreet(text, tokens, i);
            if (number < 0)
            {
                continue;
            }

            findings.Add(Create(text, tokens[first].Start, tokens[number].End, "Street name and house number"));
            AddBuildingNumber(text, tokens, first, findings);
            number = AddCrossStreet(text, tokens, number, findings);
            i = AddBlockLines(text, tokens, AddUnit(text, tokens, number, findings), findings, _placeLinesAreLocations);
        }
    }

    // Every street has a house number, so a text without a token that AddressToken.IsHouseNumber accepts
    // (1 to 5 digits, an optional letter, trailing dots, then an optional comma or semicolon) has none.
    // This scan finds such a token without splitting the text.
    internal static bool HasHouseNumberToken(string text)
    {
        var span = text.AsSpan();
        var start = span.IndexOfAnyInRange('0', '9');
        while (start >= 0)
        {
            var end = start;
            while (end < span.Length && char.IsAsciiDigit(span[end]))
            {
                end++;
            }

            if (end - start <= 5 && (start == 0 || char.IsWhiteSpace(span[start - 1])) && EndsToken(span, end))
            {
                return true;
            }

            var next = span[end..].IndexOfAnyInRange('0', '9');
            start = next < 0 ? -1 : end + next;
        }

        return false;
    }

    // True when what follows the digits at index end (an optional letter, dots, a comma) ends a token.
    private static bool EndsToken(ReadOnlySpan<char> span, int end)
    {
        if (end < span.Length && char.IsAsciiLetter(span[end]))
        {
            end++;
        }

        while (end < span.Length && span[end] == '.')
        {
            end++;
        }

        if (end < span.Length && span[end] is ',' or ';')
        {
            end++;
        }

        return end == span.Length || char.IsWhiteSpace(span[end]);
    }

    // Returns the first token and the house number token of a street that starts at token i, or (-1, -1).
    private static (int First, int Number) FindStreet(string text, List<AddressToken> tokens, int i)
    {
        // The house number is looked for first: it is cheaper than the street key's list lookups, and
        // most words have none after them.
        if (tokens[i].IsWord)
        {
            if (IsBoxWithNumber(text, tokens, i))
            {
                return (FirstBoxToken(text, tokens, i), i + 1);
            }

            var number = FindHouseNumber(text, tokens, i);
            return number < 0 || !IsStreetKey(text, tokens[i]) ? (-1, -1) : (FirstNameWord(text, tokens, i), number);
        }

        // A building number, one to three capitalized words and a house number (20789 Allika 46).
        if (tokens[i].IsHouseNumber && !tokens[i].HasComma && i + 1 < tokens.Count && IsNameWord(text, tokens[i + 1]))
        {
            var number = FindHouseNumber(text, tokens, i + 1);
            if (number >= 0 && AllNameWords(text, tokens, i + 1, number))
            {
                return (i, number);
            }

            // A house number, one to three capitalized words and an English street suffix (149 Example
            // Rapids); the suffix ends the street.
            var suffix = FindStreetSuffix(text, tokens, i + 1);
            if (suffix >= 0)
            {
                return (i, suffix);
            }
        }

        // A house number, a street type and one to three capitalized words (62 Rue Exemple).
        if (tokens[i].IsHouseNumber && !tokens[i].HasComma && i + 2 < tokens.Count && !tokens[i + 1].BlockBreak
            && tokens[i + 1].IsWord && char.IsUpper(text[tokens[i + 1].Start]) && WordLists.IsStreetType(tokens[i + 1].In(text)))
        {
            var last = i + 1;
            while (last + 1 < tokens.Count && last - i <= MaxNameWordsBeforeType + 1 && !tokens[last + 1].BlockBreak
                && !tokens[last].HasComma && IsNameWord(text, tokens[last + 1]))
            {
                last++;
            }

            return last == i + 1 ? (-1, -1) : (i, last);
        }

        return (-1, -1);
    }

    // "Box 5678" after an optional "P.O." or "PSC 1234," (a US military address).
    private static bool IsBoxWithNumber(string text, List<AddressToken> tokens, int i) =>
        i + 1 < tokens.Count && tokens[i].In(text).Equals("box", StringComparison.OrdinalIgnoreCase)
        && !tokens[i + 1].BlockBreak && tokens[i + 1].IsHouseNumber;

    private static int FirstBoxToken(string text, List<AddressToken> tokens, int box)
    {
        if (box > 0 && !tokens[box].BlockBreak && tokens[box - 1].In(text) is "P.O." or "PO" or "P.O" or "p.o." or "po")
        {
            return box - 1;
        }

        if (box > 1 && !tokens[box].BlockBreak && !tokens[box - 1].BlockBreak && tokens[box - 1].IsHouseNumber
            && tokens[box - 2].In(text) is "PSC" or "CMR" or "Unit" or "UNIT" or "unit" or "psc" or "cmr")
        {
            return box - 2;
        }

        return box;
    }

    // Index of a capitalized English street suffix after one to three name words from first, on the same line, or -1.
    private static int FindStreetSuffix(string text, List<AddressToken> tokens, int first)
    {
        for (var j = first + 1; j < tokens.Count && j <= first + MaxWordsBeforeNumber; j++)
        {
            if (tokens[j].BlockBreak || tokens[j - 1].HasComma)
            {
                return -1;
            }

            var word = tokens[j].In(text);
            if (tokens[j].IsWord && char.IsUpper(word[0]) && WordLists.IsStreetSuffix(word))
            {
                return j;
            }

            if (!IsNameWord(text, tokens[j]))
            {
                return -1;
            }
        }

        return -1;
    }

    private static bool IsStreetKey(string text, AddressToken token)
    {
        var word = token.In(text);
        return token.IsWord && (WordLists.IsStreetType(word) || WordLists.IsOneWordStreet(word));
    }

    // Index of the house number within MaxWordsBeforeNumber words after the key, on the same line, or -1.
    private static int FindHouseNumber(string text, List<AddressToken> tokens, int key)
    {
        for (var j = key + 1; j < tokens.Count && j <= key + MaxWordsBeforeNumber + 1; j++)
        {
            if (tokens[j].BlockBreak || tokens[j - 1].HasComma)
            {
                return -1;
            }

            if (tokens[j].IsHouseNumber)
            {
                return j;
            }

            if (!tokens[j].IsWord)
            {
                return -1;
            }
        }

        return -1;
    }

    private static bool AllNameWords(string text, List<AddressToken> tokens, int from, int to)
    {
        for (var k = from; k < to; k++)
        {
            if (!IsNameWord(text, tokens[k]))
            {
                return false;
            }
        }

        return true;
    }

    // Takes up to two capitalized words before the street key into the street name (Erzsébet tér).
    private static int FirstNameWord(string text, List<AddressToken> tokens, int key)
    {
        var first = key;
        while (first > 0 && key - first < MaxNameWordsBeforeType && !tokens[first].BlockBreak && IsNameWord(text, tokens[first - 1]))
        {
            first--;
        }

        return first;
    }

    private static bool IsNameWord(string text, AddressToken token)
    {
        var word = token.In(text);
        return !token.HasComma && token.IsWord && char.IsUpper(word[0])
            && !word.EndsWith(":") && !WordLists.IsCommonWord(word) && !(word[^1] == '.' && WordLists.IsCommonWord(word[..^1])) && !NameSpan.IsPersonWord(word);
    }
}
