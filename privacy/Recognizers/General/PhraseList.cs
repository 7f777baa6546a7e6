using System.Collections.Frozen;

namespace HelpBot.Privacy.Recognizers.General;

/// <summary>
/// A list of phrases of one to <see cref="MaxWords"/> words, one a line in an embedded resource of
/// Recognizers/Words, compared case-insensitively. Lines starting with # are comments.
/// </summary>
internal sealed class PhraseList
{
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    private PhraseList(FrozenSet<string> phrases)
    {
        _lookup = phrases.GetAlternateLookup<ReadOnlySpan<char>>();
        MaxWords = phrases.Count == 0 ? 0 : phrases.Max(p => p.Count(c => c == ' ') + 1);
    }

    /// <summary>Most words of one phrase.</summary>
    public int MaxWords { get; }

    /// <summary>Returns true when <paramref name="phrase"/>, with single spaces between its words, is listed.</summary>
    public bool Contains(ReadOnlySpan<char> phrase) => _lookup.Contains(phrase);

    /// <summary>Loads the embedded resource Recognizers/Words/<paramref name="fileName"/>.</summary>
    public static PhraseList Load(string fileName)
    {
        var assembly = typeof(PhraseList).Assembly;
        var resourceName = $"HelpBot.Privacy.Recognizers.Words.{fileName}";
        using var stream = assembly.GetManifestResourceStream(resourceName)
            ?? throw new InvalidOperationException($"Embedded resource {resourceName} is missing from {assembly.GetName().Name}.");
        using var reader = new StreamReader(stream);
        var phrases = new List<string>();
        while (reader.ReadLine() is { } line)
        {
            var trimmed = line.Trim();
            if (trimmed.Length > 0 && !trimmed.StartsWith('#'))
            {
                phrases.Add(trimmed);
            }
        }

        return new PhraseList(phrases.ToFrozenSet(StringComparer.OrdinalIgnoreCase));
    }
}
