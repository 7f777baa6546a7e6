using System.Collections.Frozen;

namespace HelpBot.Privacy.Recognizers;

/// <summary>Word lists shipped as embedded resources, loaded once and compared case-insensitively.</summary>
internal static class WordLists
{
    private static readonly FrozenSet<string> CommonWords = Load("common-words.txt");
    private static readonly FrozenSet<string> ProperNouns = Load("proper-nouns.txt");
    private static readonly FrozenSet<string> GivenNames = Load("given-names.txt");
    private static readonly FrozenSet<string> Surnames = Load("surnames.txt");
    private static readonly FrozenSet<string> NamesAlsoWords = Load("names-also-words.txt");
    private static readonly FrozenSet<string> StreetTypes = Load("street-types.txt");
    private static readonly FrozenSet<string> StreetSuffixes = Load("street-suffixes.txt");
    private static readonly string[] StreetEndings = [.. Load("street-endings.txt").OrderByDescending(e => e.Length)];

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> CommonLookup =
        CommonWords.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> ProperNounLookup =
        ProperNouns.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> GivenNameLookup =
        GivenNames.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> SurnameLookup =
        Surnames.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Returns true for a given name of one of many languages that is not an ordinary English word.</summary>
    public static bool IsGivenName(ReadOnlySpan<char> word) => GivenNameLookup.Contains(word);

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> NameAlsoWordLookup =
        NamesAlsoWords.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Returns true for a name that is also an English word (Bill, Grace), which alone is not taken as a name.</summary>
    public static bool IsNameAlsoWord(ReadOnlySpan<char> word) => NameAlsoWordLookup.Contains(word);

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> StreetTypeLookup =
        StreetTypes.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Returns true for a word that names a kind of street (Rue, Calle, ul., tér).</summary>
    public static bool IsStreetType(ReadOnlySpan<char> word) => StreetTypeLookup.Contains(word);

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> StreetSuffixLookup =
        StreetSuffixes.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Returns true for a word that ends an English street name after a house number (Avenue, Close, Rapids).</summary>
    public static bool IsStreetSuffix(ReadOnlySpan<char> word) => StreetSuffixLookup.Contains(word);

    /// <summary>Returns true for a one-word street name: a capitalized word that ends in a street ending (Koskikatu, Brixtonlaan).</summary>
    public static bool IsOneWordStreet(ReadOnlySpan<char> word)
    {
        if (word.Length < 5 || !char.IsUpper(word[0]))
        {
            return false;
        }

        foreach (var ending in StreetEndings)
        {
            if (word.Length >= ending.Length + 3 && word.EndsWith(ending, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Returns true for a surname of one of many languages that is not an ordinary English word.</summary>
    public static bool IsSurname(ReadOnlySpan<char> word) => SurnameLookup.Contains(word);

    /// <summary>Returns true for a frequent English word or a word of benefit applications and web sites.</summary>
    public static bool IsCommonWord(ReadOnlySpan<char> word) => CommonLookup.Contains(word);

    /// <summary>Returns true for a system, program, agency, browser, device or Colorado city name.</summary>
    public static bool IsProperNounNotName(ReadOnlySpan<char> word) => ProperNounLookup.Contains(word);

    private static FrozenSet<string> Load(string fileName)
    {
        var assembly = typeof(WordLists).Assembly;
        var resourceName = $"HelpBot.Privacy.Recognizers.Words.{fileName}";
        using var stream = assembly.GetManifestResourceStream(resourceName)
            ?? throw new InvalidOperationException($"Embedded resource {resourceName} is missing from {assembly.GetName().Name}.");
        using var reader = new StreamReader(stream);
        var words = new List<string>();
        while (reader.ReadLine() is { } line)
        {
            if (line.StartsWith('#'))
            {
                continue;
            }

            words.AddRange(line.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        }

        return words.ToFrozenSet(StringComparer.OrdinalIgnoreCase);
    }
}
