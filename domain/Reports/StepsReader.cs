using System.Text.RegularExpressions;

namespace HelpBot.Domain.Reports;

/// <summary>Reads troubleshooting tips and other steps the user already tried.</summary>
internal static partial class StepsReader
{
    public const string SignOutRefresh = "sign-out-refresh";
    public const string ClearCache = "clear-cache";
    public const string OtherBrowser = "other-browser";

    // Retrying: "tried twice", "4 times", "at least 5 times", "kept trying", "been trying for a week" (with its
    // length of time, which the draft quotes), "trying for a week", "tried again".
    [GeneratedRegex(@"\b(?:(?:tried|trying)\s+(?:it\s+)?(?:again|twice|repeatedly)|(?:twice|three times|(?:\d+|two|three|four|five|six|seven|eight|nine|ten|several|multiple|many|a few|a couple of)\s+times)|(?:kept|keep|keeps|been)\s+trying(?:\s+for\s+(?:a|an|\d+|two|three|four|five|several|a few)\s+(?:minutes?|hours?|days?|weeks?))?|trying\s+for\s+(?:a|an|\d+|two|three|four|five|several|a few)\s+(?:minutes?|hours?|days?|weeks?)|retried|over and over|again and again)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, RegexLimits.TimeoutMilliseconds)]
    private static partial Regex Retry();

    // "tried Chrome and Edge", "tried it in Firefox".
    [GeneratedRegex(@"\b(?:tried|trying|switched|used|tested)\b[^.!?]{0,40}\b(?:chrome|edge|firefox|safari|internet explorer)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, RegexLimits.TimeoutMilliseconds)]
    private static partial Regex TriedBrowser();

    /// <summary>Adds the tips (out of <paramref name="tipIds"/>) and other steps <paramref name="text"/> reports to <paramref name="report"/>.</summary>
    public static void Read(string text, IReadOnlyList<string> tipIds, IssueReport report)
    {
        foreach (var tipId in TipsTriedReader.ReadMessage(text, tipIds))
        {
            AddTip(report, tipId);
        }

        var triedBrowser = TriedBrowser().Match(text);
        if (EnvironmentReader.CountBrowsers(text) > 1 && triedBrowser.Success && !NegationCheck.IsNegated(text, triedBrowser.Index))
        {
            AddTip(report, OtherBrowser);
        }

        var retry = Retry().Match(text);
        if (retry.Success && !NegationCheck.IsNegated(text, retry.Index))
        {
            report.StepsTried.Add(DescribeRetry(retry.Value.Trim()));
        }
    }

    // "Tried twice" and "Retried" say it themselves; "4 times" and "been trying for a week" get "Tried again".
    private static string DescribeRetry(string phrase) =>
        phrase.StartsWith("tried", StringComparison.OrdinalIgnoreCase) || phrase.StartsWith("retried", StringComparison.OrdinalIgnoreCase)
            ? char.ToUpperInvariant(phrase[0]) + phrase[1..]
            : $"Tried again ({phrase})";

    private static void AddTip(IssueReport report, string tipId)
    {
        if (!report.TipsTried.Contains(tipId))
        {
            report.TipsTried.Add(tipId);
        }
    }
}
