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
public sealed class StreetAddressRecognizer : IPiiRecognizer, IProfileAwareRecognizer
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

    // "Example Street 9 and Sample Coves", "Example Street 9 Sample Coves": a second street on the same
    // line, one to three capitalized words ending in a street type or suffix, after "and" or directly, is
    // part of the address. Returns the last token of the address so far.
    private static int AddCrossStreet(string text, List<AddressToken> tokens, int last, ICollection<PiiFinding> findings)
    {
        var first = last + 1;
        if (first < tokens.Count && !tokens[first].BlockBreak && tokens[first].In(text).Equals("and", StringComparison.Ordinal))
        {
            first++;
        }

        if (first + 1 >= tokens.Count || tokens[last].HasComma || tokens[first].BlockBreak)
        {
            return last;
        }

        for (var j = first + 1; j < tokens.Count && j <= first + MaxWordsBeforeNumber; j++)
        {
            var word = tokens[j].In(text).TrimEnd('.');
            if (tokens[j].BlockBreak || !tokens[j].IsWord || !IsNameWord(text, tokens[j - 1]))
            {
                return last;
            }

            if (char.IsUpper(word[0]) && (WordLists.IsStreetSuffix(word) || WordLists.IsStreetType(word)))
            {
                findings.Add(Create(text, tokens[first].Start, tokens[j].End, "Second street name"));
                return j;
            }
        }

        return last;
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

    private static void AddBuildingNumber(string text, List<AddressToken> tokens, int first, ICollection<PiiFinding> findings)
    {
        if (first > 0 && !tokens[first].BlockBreak && !tokens[first - 1].HasComma && tokens[first - 1].IsHouseNumber)
        {
            findings.Add(Create(text, tokens[first - 1].Start, tokens[first - 1].End, "Number before a street"));
        }
    }

    // Adds "Apt. 595", "Suite 501" or both right after the house number; returns the last token of the
    // address so far.
    private static int AddUnit(string text, List<AddressToken> tokens, int number, ICollection<PiiFinding> findings)
    {
        var last = AddOneUnit(text, tokens, number, findings);
        return last == number ? last : AddOneUnit(text, tokens, last, findings);
    }

    private static int AddOneUnit(string text, List<AddressToken> tokens, int number, ICollection<PiiFinding> findings)
    {
        if (number + 2 >= tokens.Count || !tokens[number + 2].IsHouseNumber)
        {
            return number;
        }

        var unit = tokens[number + 1].In(text).TrimEnd('.');
        if (!unit.Equals("apt", StringComparison.OrdinalIgnoreCase) && !unit.Equals("suite", StringComparison.OrdinalIgnoreCase)
            && !unit.Equals("unit", StringComparison.OrdinalIgnoreCase))
        {
            return number;
        }

        findings.Add(Create(text, tokens[number + 1].Start, tokens[number + 2].End, "Unit after a street"));
        return number + 2;
    }

    // After a line break (or a wide gap) that follows the street, takes the town, state, country and
    // postal code lines of the block: capitalized words, state codes and a postal code.
    private static int AddBlockLines(string text, List<AddressToken> tokens, int last, ICollection<PiiFinding> findings, bool placeLinesAreLocations)
    {
        // The block goes on after a line break, or after a comma on the same line (Example Street 5,
        // Sampletown, Norway).
        var next = last + 1;
        if (next >= tokens.Count || !(tokens[next].BlockBreak || tokens[last].HasComma))
        {
            return last;
        }

        var end = -1;
        for (var k = next; k < tokens.Count && k < next + MaxBlockTokens && IsBlockToken(text, tokens[k]); k++)
        {
            end = k;
        }

        if (end < 0)
        {
            return last;
        }

        if (!placeLinesAreLocations)
        {
            findings.Add(Create(text, tokens[next].Start, tokens[end].End, "Town, country and postal code of an address block"));
            return end;
        }

        // Town, state and country words become one location finding, the postal code an address finding.
        var placeEnd = -1;
        for (var k = next; k <= end; k++)
        {
            if (tokens[k].IsPostalCode(text))
            {
                findings.Add(Create(text, tokens[k].Start, tokens[k].End, "Postal code of an address block"));
            }
            else if (tokens[k].IsWord)
            {
                placeEnd = k;
            }
        }

        var placeStart = next;
        while (placeStart <= placeEnd && !tokens[placeStart].IsWord)
        {
            placeStart++;
        }

        if (placeEnd >= placeStart)
        {
            findings.Add(Create(text, tokens[placeStart].Start, tokens[placeEnd].End, "Town and country of an address block", PiiCategories.Location, PiiTier.LinkedDetail));
        }

        return end;
    }

    private static bool IsBlockToken(string text, AddressToken token)
    {
        var word = token.In(text);
        return token.IsPostalCode(text) || word is "," or "nan" || IsRegionCode(word)
            || (token.IsWord && char.IsUpper(word[0]) && !WordLists.IsCommonWord(word) && !NameSpan.IsPersonWord(word));
    }

    // A state or region code of two or three capital letters (CO, ON, NSW), common word or not.
    private static bool IsRegionCode(ReadOnlySpan<char> word)
    {
        return word.Length is 2 or 3 && !word.ContainsAnyExceptInRange('A', 'Z');
    }

    // A period after a number ends the sentence ("Apt 12B."), so it is left out. A period after a word
    // without digits ("St.") is an abbreviation and stays.
    private static PiiFinding Create(
        string text, int start, int end, string pattern, string category = PiiCategories.Address, PiiTier tier = PiiTier.Identifier)
    {
        if (end - start > 1 && text[end - 1] == '.' && LastWordHasDigit(text.AsSpan(start, end - 1 - start)))
        {
            end--;
        }

        var explanation = new PiiExplanation(nameof(StreetAddressRecognizer), pattern, Score, Score, []);
        return new PiiFinding(category, tier, start, end - start, Score, explanation);
    }

    private static bool LastWordHasDigit(ReadOnlySpan<char> span)
    {
        var lastSpace = span.LastIndexOfAny(' ', '\t', '\n');
        return span[(lastSpace + 1)..].ContainsAnyInRange('0', '9');
    }
}
