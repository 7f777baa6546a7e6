using System.Text.RegularExpressions;

namespace HelpBot.Privacy.Recognizers.General;

/// <summary>
/// Finds web addresses that start with http://, https:// or www. (General profile only). The desk-aid
/// profile never flags them, because help-desk messages quote the agencies' sites.
/// </summary>
public sealed partial class UrlRecognizer : PatternRecognizer, IGeneralProfileRecognizer
{
    private static readonly PiiPattern[] Patterns =
    [
        new("Web address", UrlRegex(), 0.6) { Trigger = PiiPattern.AnyOf("http", "www.") },
    ];

    /// <summary>Creates the recognizer.</summary>
    public UrlRecognizer()
        : base(PiiCategories.Url, PiiTier.Identifier, Patterns)
    {
    }

    // Accepts a scheme or "www.", a host with at least one dot, and an optional path, query and fragment.
    // A trailing dot, comma, bracket or quote is not part of the match.
    [GeneratedRegex(@"\b(?:https?://|www\.)[\w\-]+(?:\.[\w\-]+)+(?:[/?#][^\s<>""']*[^\s<>""'.,;:!?)\]])?/?", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, RegexTimeouts.Milliseconds)]
    private static partial Regex UrlRegex();
}
