using System.Collections.Frozen;

namespace HelpBot.Privacy.Recognizers.General;

/// <summary>
/// Finds organization names that end in a legal form or a common head noun from
/// Words/organization-endings.txt (Example Software Inc., Example Holdings, Sample Bank): one to three
/// capitalized words on one line, then the ending. General profile only.
/// </summary>
public sealed class OrganizationRecognizer : IGeneralProfileRecognizer
{
    private const int MaxNameWords = 3;
    private const double Score = 0.6;

    // Loaded on first use, so the DeskAid profile, which never runs this recognizer, does not load it. The
    // lookup is made once, as the lookups of WordLists are, rather than on every call.
    private static readonly Lazy<FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>>> Endings =
        new(() => LoadEndings().GetAlternateLookup<ReadOnlySpan<char>>());

    /// <inheritdoc/>
    public string Name => nameof(OrganizationRecognizer);

    /// <inheritdoc/>
    public string Category => PiiCategories.Organization;

    /// <inheritdoc/>
    public PiiTier Tier => PiiTier.LinkedDetail;

    /// <inheritdoc/>
    public void Analyze(string text, ICollection<PiiFinding> findings)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(findings);

        // Start and word count of the current run of capitalized words on one line.
        var runStart = 0;
        var runWords = 0;
        var previousNext = -1;
        var position = 0;
        while (NameWord.TryRead(text, position, out var word))
        {
            position = word.Next;
            var letters = word.In(text);
            var joined = previousNext >= 0 && IsSpaceGap(text.AsSpan(previousNext, word.Start - previousNext));
            previousNext = word.Next;
            if (!char.IsUpper(letters[0]))
            {
                runWords = 0;
                continue;
            }

            if (joined && runWords > 0 && TryReadEnding(text, word, out var end))
            {
                // More endings may follow (Sample Software Inc., Example Insurance Group).
                while (NameWord.TryRead(text, position, out var following) && char.IsUpper(text[following.Start])
                    && IsSpaceGap(text.AsSpan(position, following.Start - position)) && TryReadEnding(text, following, out var followingEnd))
                {
                    end = followingEnd;
                    position = following.Next;
                    previousNext = following.Next;
                }

                var explanation = new PiiExplanation(Name, "Capitalized name and an organization ending", Score, Score, []);
                findings.Add(new PiiFinding(Category, Tier, runStart, end - runStart, Score, explanation));
                runWords = 0;
                continue;
            }

            if (WordLists.IsCommonWord(letters))
            {
                runWords = 0;
            }
            else if (!joined || runWords == 0 || runWords == MaxNameWords)
            {
                runStart = word.Start;
                runWords = 1;
            }
            else
            {
                runWords++;
            }
        }
    }

    // Reads an ending word, with the dot of an abbreviation when the list has it so (Inc., Corp.).
    private static bool TryReadEnding(string text, NameWord word, out int end)
    {
        end = word.End;
        if (word.End == word.Next && word.End < text.Length && text[word.End] == '.' && IsEnding(text.AsSpan(word.Start, word.End + 1 - word.Start)))
        {
            end = word.End + 1;
            return true;
        }

        return IsEnding(word.In(text));
    }

    private static bool IsEnding(ReadOnlySpan<char> word) => Endings.Value.Contains(word);

    private static bool IsSpaceGap(ReadOnlySpan<char> gap) => gap.Length is > 0 and <= 2 && !gap.ContainsAnyExcept(' ', '.');

    private static FrozenSet<string> LoadEndings()
    {
        var assembly = typeof(OrganizationRecognizer).Assembly;
        const string resourceName = "HelpBot.Privacy.Recognizers.Words.organization-endings.txt";
        using var stream = assembly.GetManifestResourceStream(resourceName)
            ?? throw new InvalidOperationException($"Embedded resource {resourceName} is missing from {assembly.GetName().Name}.");
        using var reader = new StreamReader(stream);
        var words = new List<string>();
        while (reader.ReadLine() is { } line)
        {
            if (!line.StartsWith('#'))
            {
                words.AddRange(line.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
            }
        }

        return words.ToFrozenSet(StringComparer.OrdinalIgnoreCase);
    }
}
