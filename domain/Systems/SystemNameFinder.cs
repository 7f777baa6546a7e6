using HelpBot.Domain.Content;

namespace HelpBot.Domain.Systems;

/// <summary>Finds system names (PEAK, SES, Connect for Health, C4HCO, MyCOBenefits, Colorado Connect) in free text.</summary>
internal sealed class SystemNameFinder
{
    // Names this short are ordinary words in lower case ("peak hours"), so they count only when
    // written with a capital letter or as listed, unless the text answers a question that asks for a name.
    private const int ShortNameLength = 5;

    private readonly List<(string SystemId, string Phrase)> _names;

    public SystemNameFinder(DeskAidContent content)
    {
        _names = content.Systems
            .SelectMany(system => system.Names.Select(name => (system.Id, name.Phrase)))
            .ToList();
    }

    /// <summary>
    /// Returns the systems named in <paramref name="text"/>, ordered by first mention. With
    /// <paramref name="anyCase"/> (an answer to a question that asks for the system), short names count
    /// in lower case too, so "peak mail center" names PEAK there.
    /// </summary>
    public IReadOnlyList<string> Find(string? text, bool anyCase = false)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return [];
        }

        var firstMention = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (systemId, phrase) in _names)
        {
            var index = IndexOfName(text, phrase, anyCase);
            if (index >= 0 && (!firstMention.TryGetValue(systemId, out var known) || index < known))
            {
                firstMention[systemId] = index;
            }
        }

        return firstMention.OrderBy(pair => pair.Value).Select(pair => pair.Key).ToList();
    }

    /// <summary>
    /// Returns where <paramref name="phrase"/> first occurs as whole words, or -1. A short phrase must be
    /// capitalized in the text unless <paramref name="anyCase"/> is set.
    /// </summary>
    internal static int IndexOfName(string text, string phrase, bool anyCase = false)
    {
        var start = 0;
        while (start < text.Length)
        {
            var index = text.IndexOf(phrase, start, StringComparison.OrdinalIgnoreCase);
            if (index < 0)
            {
                return -1;
            }

            if (TextSearch.IsWholeWord(text, index, phrase.Length) && (anyCase || CaseAccepted(text.AsSpan(index, phrase.Length), phrase)))
            {
                return index;
            }

            start = index + 1;
        }

        return -1;
    }

    // A short name counts when it starts with a capital letter or is written as the list writes it ("iOS").
    private static bool CaseAccepted(ReadOnlySpan<char> found, string phrase) =>
        found.Length > ShortNameLength || char.IsUpper(found[0]) || found.SequenceEqual(phrase);
}
