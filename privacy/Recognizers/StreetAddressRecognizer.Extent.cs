namespace HelpBot.Privacy.Recognizers;

// The extent of an address: a second street, the building number before it, units after it, and the lines of an address block.
public sealed partial class StreetAddressRecognizer
{
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
