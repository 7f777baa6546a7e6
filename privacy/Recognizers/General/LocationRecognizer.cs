namespace HelpBot.Privacy.Recognizers.General;

/// <summary>
/// Finds country, region, state and city names from Words/place-names.txt (General profile only). The
/// name must start with an upper-case letter, so "reading" or "nice" in running text are not places.
/// One-word names that are English words were left out of the list.
/// </summary>
public sealed class LocationRecognizer : PhraseRecognizer
{
    // Loaded on first use, so the DeskAid profile, which never runs this recognizer, does not load it.
    private static readonly Lazy<PhraseList> Places = new(() => PhraseList.Load("place-names.txt"));

    /// <summary>Creates the recognizer.</summary>
    public LocationRecognizer()
        : base(PiiCategories.Location, "Listed place name", 0.6)
    {
    }

    private protected override PhraseList Phrases => Places.Value;
}
