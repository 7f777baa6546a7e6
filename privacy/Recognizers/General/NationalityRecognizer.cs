namespace HelpBot.Privacy.Recognizers.General;

/// <summary>
/// Finds nationality and origin words from Words/nationalities.txt, in any letter case and also in the
/// plural (Norwegians, Danes are not covered). General profile only.
/// </summary>
public sealed class NationalityRecognizer : PhraseRecognizer
{
    // Loaded on first use, so the DeskAid profile, which never runs this recognizer, does not load it.
    private static readonly Lazy<PhraseList> Nationalities = new(() => PhraseList.Load("nationalities.txt"));

    /// <summary>Creates the recognizer.</summary>
    public NationalityRecognizer()
        : base(PiiCategories.Nationality, "Listed nationality", 0.6)
    {
    }

    private protected override PhraseList Phrases => Nationalities.Value;

    // "polish" in lower case is the verb far more often than the nationality.
    private protected override bool CanStart(string text, NameWord word) =>
        char.IsUpper(text[word.Start]) || !word.In(text).Equals("polish", StringComparison.Ordinal);

    private protected override bool Matches(ReadOnlySpan<char> phrase) =>
        Phrases.Contains(phrase)
        || (phrase.Length > 4 && phrase[^1] is 's' or 'S' && Phrases.Contains(phrase[..^1]));
}
