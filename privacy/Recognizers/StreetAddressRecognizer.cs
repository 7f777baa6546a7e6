namespace HelpBot.Privacy.Recognizers;

/// <summary>
/// Finds street addresses written the European way, the street name before the house number:
/// "Koskikatu 25", "Rua do Arenque 1634", "Erzsébet tér 19.", "ul. Więckowskiego Stefana 28". A street
/// is a word that names a kind of street (Words/street-types.txt) or a one-word street name with a
/// street ending (Words/street-endings.txt), up to two capitalized words before it, and a house number
/// at most three words after it. A number right before the street (a building or postal number) and a
/// following "Apt. 595" or "Suite 501" are reported as findings of their own. American addresses with
/// the number first are found by <see cref="AddressRecognizer"/>.
/// </summary>
public sealed class StreetAddressRecognizer : IPiiRecognizer
{
    private const double Score = 0.6;
    private const int MaxWordsBeforeNumber = 3;
    private const int MaxNameWordsBeforeType = 2;

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
        var start = 0;
        while (start < text.Length)
        {
            var newline = text.AsSpan(start).IndexOfAny('\n', '\r');
            var end = newline < 0 ? text.Length : start + newline;
            if (text.AsSpan(start, end - start).IndexOfAnyInRange('0', '9') >= 0)
            {
                AnalyzeLine(text, AddressToken.Split(text, start, end), findings);
            }

            start = end + 1;
        }
    }

    private static void AnalyzeLine(string text, List<AddressToken> tokens, ICollection<PiiFinding> findings)
    {
        for (var i = 0; i < tokens.Count; i++)
        {
            if (!IsStreetKey(text, tokens[i]))
            {
                continue;
            }

            var number = FindHouseNumber(text, tokens, i);
            if (number < 0)
            {
                continue;
            }

            var first = FirstNameWord(text, tokens, i);
            findings.Add(Create(tokens[first].Start, tokens[number].End, "Street name and house number"));
            AddBuildingNumber(text, tokens, first, findings);
            AddUnit(text, tokens, number, findings);
            i = number;
        }
    }

    private static bool IsStreetKey(string text, AddressToken token)
    {
        var word = token.In(text);
        return token.IsWord(text) && (WordLists.IsStreetType(word) || WordLists.IsOneWordStreet(word));
    }

    // Index of the house number within MaxWordsBeforeNumber words after the street key, or -1.
    private static int FindHouseNumber(string text, List<AddressToken> tokens, int key)
    {
        for (var j = key + 1; j < tokens.Count && j <= key + MaxWordsBeforeNumber + 1; j++)
        {
            if (tokens[j].IsHouseNumber(text))
            {
                return j;
            }

            if (!tokens[j].IsWord(text) || tokens[j - 1].HasComma)
            {
                return -1;
            }
        }

        return -1;
    }

    // Takes up to two capitalized words before the street key into the street name (Erzsébet tér).
    private static int FirstNameWord(string text, List<AddressToken> tokens, int key)
    {
        var first = key;
        while (first > 0 && key - first < MaxNameWordsBeforeType && IsNameWord(text, tokens[first - 1]))
        {
            first--;
        }

        return first;
    }

    private static bool IsNameWord(string text, AddressToken token)
    {
        var word = token.In(text);
        return !token.HasComma && token.IsWord(text) && char.IsUpper(word[0])
            && !word.EndsWith(":") && !WordLists.IsCommonWord(word) && !NameSpan.IsPersonWord(word);
    }

    private static void AddBuildingNumber(string text, List<AddressToken> tokens, int first, ICollection<PiiFinding> findings)
    {
        if (first > 0 && !tokens[first - 1].HasComma && tokens[first - 1].IsHouseNumber(text))
        {
            findings.Add(Create(tokens[first - 1].Start, tokens[first - 1].End, "Number before a street"));
        }
    }

    private static void AddUnit(string text, List<AddressToken> tokens, int number, ICollection<PiiFinding> findings)
    {
        if (number + 2 >= tokens.Count || !tokens[number + 2].IsHouseNumber(text))
        {
            return;
        }

        var unit = tokens[number + 1].In(text).TrimEnd('.');
        if (unit.Equals("apt", StringComparison.OrdinalIgnoreCase) || unit.Equals("suite", StringComparison.OrdinalIgnoreCase)
            || unit.Equals("unit", StringComparison.OrdinalIgnoreCase))
        {
            findings.Add(Create(tokens[number + 1].Start, tokens[number + 2].End, "Unit after a street"));
        }
    }

    private static PiiFinding Create(int start, int end, string pattern)
    {
        var explanation = new PiiExplanation(nameof(StreetAddressRecognizer), pattern, Score, Score, []);
        return new PiiFinding(PiiCategories.Address, PiiTier.Identifier, start, end - start, Score, explanation);
    }
}
