using System.Text.RegularExpressions;
using HelpBot.Domain.Systems;

namespace HelpBot.Domain.Reports;

/// <summary>Reads troubleshooting tips and other steps the user already tried.</summary>
internal static partial class StepsReader
{
    public const string SignOutRefresh = "sign-out-refresh";
    public const string ClearCache = "clear-cache";
    public const string OtherBrowser = "other-browser";

    private const int NegationWindow = 20;

    private static readonly (string TipId, string[] Phrases)[] s_tipPhrases =
    [
        (SignOutRefresh, ["signed out", "sign out and", "signing out", "signed off", "logged out and", "logging out and", "log out and", "refreshed", "refreshing", "refresh the page", "reloaded", "reloading", "restarted the browser"]),
        (ClearCache, ["cleared the cache", "cleared cache", "cleared her cache", "cleared his cache", "cleared my cache", "cleared our cache", "clearing the cache", "clearing cache", "cleared cookies", "cleared the cookies", "cleared browsing data", "cleared the browser"]),
        (OtherBrowser, ["another browser", "different browser", "other browser", "other browsers", "different browsers", "switched browsers", "incognito"]),
    ];

    private static readonly string[] s_negations = ["not", "n't", "never", "haven't", "didn't", "without"];

    // Retrying: "tried twice", "4 times", "at least 5 times", "kept trying", "trying for a week", "tried again".
    [GeneratedRegex(@"\b(?:(?:tried|trying)\s+(?:it\s+)?(?:again|twice|repeatedly)|(?:twice|three times|(?:\d+|two|three|four|five|six|seven|eight|nine|ten|several|multiple|many|a few|a couple of)\s+times)|(?:kept|keep|keeps|been)\s+trying|trying\s+for\s+(?:a|an|\d+|two|three|four|five|several|a few)\s+(?:minutes?|hours?|days?|weeks?)|retried|over and over|again and again)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, RegexLimits.TimeoutMilliseconds)]
    private static partial Regex Retry();

    // "tried Chrome and Edge", "tried it in Firefox".
    [GeneratedRegex(@"\b(?:tried|trying|switched|used|tested)\b[^.!?]{0,40}\b(?:chrome|edge|firefox|safari|internet explorer)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, RegexLimits.TimeoutMilliseconds)]
    private static partial Regex TriedBrowser();

    /// <summary>Adds the tips and steps <paramref name="text"/> reports to <paramref name="report"/>.</summary>
    public static void Read(string text, IssueReport report)
    {
        foreach (var (tipId, phrases) in s_tipPhrases)
        {
            if (phrases.Any(phrase => ContainsAffirmed(text, phrase)) && !report.TipsTried.Contains(tipId))
            {
                report.TipsTried.Add(tipId);
            }
        }

        if (EnvironmentReader.CountBrowsers(text) > 1 && TriedBrowser().IsMatch(text) && !report.TipsTried.Contains(OtherBrowser))
        {
            report.TipsTried.Add(OtherBrowser);
        }

        var retry = Retry().Match(text);
        if (retry.Success && !IsNegated(text, retry.Index))
        {
            report.StepsTried.Add($"Tried again ({retry.Value.Trim()})");
        }
    }

    private static bool ContainsAffirmed(string text, string phrase)
    {
        var start = 0;
        while (start < text.Length)
        {
            var index = text.IndexOf(phrase, start, StringComparison.OrdinalIgnoreCase);
            if (index < 0)
            {
                return false;
            }

            if (TextSearch.IsWholeWord(text, index, phrase.Length) && !IsNegated(text, index))
            {
                return true;
            }

            start = index + 1;
        }

        return false;
    }

    /// <summary>True when a negation ("haven't", "not", "never") comes shortly before the phrase in the same sentence.</summary>
    private static bool IsNegated(string text, int index)
    {
        var before = text[Math.Max(0, index - NegationWindow)..index];
        var sentenceStart = before.LastIndexOfAny(['.', '!', '?']);
        before = sentenceStart >= 0 ? before[(sentenceStart + 1)..] : before;
        return s_negations.Any(negation => negation == "n't"
            ? before.Contains(negation, StringComparison.OrdinalIgnoreCase)
            : TextSearch.ContainsPhrase(before, negation));
    }
}
