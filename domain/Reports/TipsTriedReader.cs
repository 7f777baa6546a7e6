using System.Text.RegularExpressions;
using HelpBot.Domain.Systems;

namespace HelpBot.Domain.Reports;

/// <summary>
/// Reads which troubleshooting tips a text reports as tried: all of them ("tried all three",
/// "did everything"), by words ("cleared the cache", "another browser") and, in an answer to the tips
/// question, by number ("tried 1 and 3"). Negated mentions ("didn't try another browser") do not count,
/// and a tip named only in a negated mention is left out of "all".
/// </summary>
public static partial class TipsTriedReader
{
    private static readonly (string TipId, string[] Phrases)[] s_tipPhrases =
    [
        (StepsReader.SignOutRefresh, [
            "signed out", "sign out and", "signing out", "signed off", "sign off and", "logged out and", "logging out and", "log out and",
            "logged off and", "signed back in", "signing back in", "logged back in", "logging back in", "signed in again", "logged in again",
            "refreshed", "refreshing", "refresh the page", "reloaded", "reloading", "restarted the browser"]),
        (StepsReader.ClearCache, [
            "cleared the cache", "cleared cache", "cleared her cache", "cleared his cache", "cleared my cache", "cleared our cache",
            "clearing the cache", "clearing cache", "cleared cookies", "cleared the cookies",
            "cleared browsing data", "cleared the browser", "cleared browser cache", "cleared the history", "cleared history",
            "deleted cookies", "deleted the cookies", "emptied the cache", "cache cleared", "cookies cleared"]),
        (StepsReader.OtherBrowser, [
            "another browser", "different browser", "other browser", "other browsers", "different browsers", "switched browsers",
            "new browser", "second browser", "incognito", "inprivate", "private window", "private browsing"]),
    ];

    // Short replies (or clauses of one) that mean every tip, once status words such as "still broken" are cut off.
    private static readonly HashSet<string> s_allTriedReplies = new(StringComparer.Ordinal)
    {
        "all", "all three", "all 3", "all of them", "all of those", "all of these", "all the tips", "all three tips", "all 3 tips",
        "all the three tips", "all of the tips", "all those", "all these", "everything", "them all", "each of them", "every one",
        "every tip", "all tried", "all done", "all three tried", "all 3 tried", "tried all", "did all", "done all", "all of em",
    };

    private static readonly string[] s_statusWords =
        ["still broken", "still not working", "not fixed", "still", "broken", "nope", "no", "yes", "yeah", "yep", "ok", "okay", "we", "i"];

    /// <summary>Returns the ids of <paramref name="tipIds"/> that a first message reports as tried, in <paramref name="tipIds"/> order.</summary>
    public static IReadOnlyList<string> ReadMessage(string text, IReadOnlyList<string> tipIds)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(tipIds);
        text = Truncate(text);
        var tried = ReadNamed(text, out var denied);
        var all = ReportsAllTried(text);
        return Select(tipIds, id => all ? !denied.Contains(id) : tried.Contains(id));
    }

    /// <summary>
    /// Returns the ids of <paramref name="tipIds"/> that an answer to the tips question reports as tried.
    /// Besides what <see cref="ReadMessage"/> reads, a short "all three" or "everything" counts, and so
    /// do the tips' numbers, 1 for the first id.
    /// </summary>
    public static IReadOnlyList<string> ReadAnswer(string text, IReadOnlyList<string> tipIds)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(tipIds);
        text = Truncate(text);
        var tried = ReadNamed(text, out var denied);
        ReadNumbers(text, tipIds, tried, denied);

        var all = ReportsAllTried(text) || IsAllTriedReply(text);
        return Select(tipIds, id => all ? !denied.Contains(id) : tried.Contains(id));
    }

    // Only the first RegexLimits.MaxTextLength characters are read, as in ReportExtractor.
    private static string Truncate(string text) =>
        text.Length > RegexLimits.MaxTextLength ? text[..RegexLimits.MaxTextLength] : text;

    private static List<string> Select(IReadOnlyList<string> tipIds, Func<string, bool> isTried) => [.. tipIds.Where(isTried)];

    /// <summary>Returns the tips named in an affirmed mention. <paramref name="denied"/> gets those named only in negated ones.</summary>
    private static HashSet<string> ReadNamed(string text, out HashSet<string> denied)
    {
        var tried = new HashSet<string>(StringComparer.Ordinal);
        denied = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (tipId, phrases) in s_tipPhrases)
        {
            var mentions = phrases.SelectMany(phrase => FindWholeWord(text, phrase)).ToList();
            if (mentions.Exists(index => !NegationCheck.IsNegated(text, index)))
            {
                tried.Add(tipId);
            }
            else if (mentions.Count > 0)
            {
                denied.Add(tipId);
            }
        }

        return tried;
    }

    private static bool ReportsAllTried(string text) =>
        AllTried().Matches(text).Any(match => !NegationCheck.IsNegated(text, match.Index));

    private static bool IsAllTriedReply(string text)
    {
        var clauses = ClauseBreak().Split(text.ToLowerInvariant().Replace('\u2019', '\''));
        return clauses.Any(clause => s_allTriedReplies.Contains(StripStatusWords(BeforeExcept(clause))));
    }

    // "all except 3" means all; the tips after "except" are left out because they read as negated.
    private static string BeforeExcept(string clause)
    {
        var index = clause.IndexOf(" except", StringComparison.Ordinal);
        return index >= 0 ? clause[..index] : clause;
    }

    private static string StripStatusWords(string clause)
    {
        var words = clause.Trim();
        var stripped = true;
        while (stripped)
        {
            stripped = false;
            foreach (var status in s_statusWords)
            {
                if (words.StartsWith(status + " ", StringComparison.Ordinal))
                {
                    words = words[(status.Length + 1)..].TrimStart();
                    stripped = true;
                }
            }
        }

        return words;
    }

    /// <summary>
    /// Adds the tips named by number ("1 and 3", "tip 2") or by position ("the first one", "first and third",
    /// "tip two") to <paramref name="tried"/>, or to <paramref name="denied"/> when negated ("not 3").
    /// </summary>
    private static void ReadNumbers(string text, IReadOnlyList<string> tipIds, HashSet<string> tried, HashSet<string> denied)
    {
        var numbers = TipNumber().Matches(text).Select(match => (match.Index, Number: match.Value[0] - '0'));
        var positions = IsPositionsOnly(text)
            ? TipPosition().Matches(text).Select(match => (match.Index, Number: PositionNumber(match.Value)))
            : TipWordNumber().Matches(text).SelectMany(match => NumberWords(match.Groups["list"].Value).Select(number => (match.Index, Number: number)));
        foreach (var (index, number) in numbers.Concat(positions))
        {
            if (number < 1 || number > tipIds.Count)
            {
                continue;
            }

            var target = NegationCheck.IsNegated(text, index) ? denied : tried;
            target.Add(tipIds[number - 1]);
        }
    }

    // "first" in a sentence ("first I cleared the cache") is no tip, so positions count alone only in an
    // answer made of positions and joining words, such as "the first one", "first and third" or "1st, 3rd".
    private static bool IsPositionsOnly(string text) =>
        TipPosition().IsMatch(text) && PositionsOnly().IsMatch(text.Trim());

    private static IEnumerable<int> NumberWords(string list) =>
        list.Split([' ', ',', '&'], StringSplitOptions.RemoveEmptyEntries).Select(PositionNumber).Where(number => number > 0);

    private static int PositionNumber(string word) => word.ToLowerInvariant() switch
    {
        "first" or "1st" or "one" => 1,
        "second" or "2nd" or "two" => 2,
        "third" or "3rd" or "three" => 3,
        _ => 0,
    };

    private static IEnumerable<int> FindWholeWord(string text, string phrase)
    {
        var start = 0;
        while (start < text.Length)
        {
            var index = text.IndexOf(phrase, start, StringComparison.OrdinalIgnoreCase);
            if (index < 0)
            {
                yield break;
            }

            if (TextSearch.IsWholeWord(text, index, phrase.Length))
            {
                yield return index;
            }

            start = index + 1;
        }
    }

    // A verb of trying followed by "all three", "all of them", "them all", "everything" and the like:
    // "tried all three tips", "did all of those", "we've done everything", "tried them all". The phrase
    // must not go on with a noun or verb of its own, as in "tried all three browsers" or "did all of them fail".
    [GeneratedRegex(@"\b(?:tried|try|trying|did|done|went\s+through|followed|completed)\s+(?:(?:already|basically|literally|really|just|pretty\s+much)\s+)?(?:all\s+(?:three|3)(?:\s+(?:of\s+them|tips|steps))?|all\s+of\s+(?:them|those|these|the\s+(?:three\s+|3\s+)?(?:tips|steps|suggestions|above))|all\s+(?:the|those|these)(?:\s+(?:three|3))?\s+(?:tips|steps|suggestions|things)|all\s+(?:those|these)|them\s+all|those\s+all|each\s+(?:one|of\s+them|tip)|every\s+(?:tip|step|one\s+of\s+them)|everything|all(?=\s+except\b)|the\s+(?:three|3)\s+(?:tips|steps))\b(?!\s+(?:browsers?|times?|computers?|devices?|phones?|ways?|files?|documents?|pages?|uploads?|accounts?|clients?|people|minutes?|hours?|days?|weeks?|months?|of\s+(?:us|our|my|her|his|their|the\s+browsers)|fail(?:s|ed)?|show(?:s|ed)?|give|gave|get|got|have|had|say|said|mean|look|work(?:s|ed)?|load(?:s|ed)?|are|were|is|was)\b)",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, RegexLimits.TimeoutMilliseconds)]
    private static partial Regex AllTried();

    // A tip number on its own ("tried 1 and 3"), but not a count, a date or a time ("2 times", "8/22", "3 pm").
    [GeneratedRegex(@"(?<![/:.\d])\b[1-9]\b(?![/:.]\d)(?!\s*(?:x\b|times?\b|tries\b|min|hours?\b|hrs?\b|days?\b|weeks?\b|mb\b|am\b|pm\b|a\.m|p\.m))",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, RegexLimits.TimeoutMilliseconds)]
    private static partial Regex TipNumber();

    // A tip's position as a word: "first", "2nd".
    [GeneratedRegex(@"\b(?:first|second|third|1st|2nd|3rd)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, RegexLimits.TimeoutMilliseconds)]
    private static partial Regex TipPosition();

    // An answer of positions and joining words only: "the first one", "tried the first and third", "1st, 3rd tips".
    [GeneratedRegex(@"^(?:(?:i|we|tried|did|only|just|the|first|second|third|1st|2nd|3rd|one|ones|tip|tips|step|steps|and|&|plus|,|\s)+)[.!]?$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, RegexLimits.TimeoutMilliseconds)]
    private static partial Regex PositionsOnly();

    // Tips named with a word: "tip one", "tips two and three", "first tip", "the third one".
    [GeneratedRegex(@"\btips?\s+(?<list>(?:one|two|three|first|second|third|1st|2nd|3rd)(?:\s*(?:,|and|&)\s*(?:one|two|three|first|second|third|1st|2nd|3rd)\b)*)\b|\b(?<list>first|second|third|1st|2nd|3rd)\s+(?:tip|step|one)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, RegexLimits.TimeoutMilliseconds)]
    private static partial Regex TipWordNumber();

    // Where an answer's clauses meet: punctuation, "but" or "and".
    [GeneratedRegex(@"[,.;:!?()\-]+|\bbut\b|\band\b", RegexOptions.CultureInvariant, RegexLimits.TimeoutMilliseconds)]
    private static partial Regex ClauseBreak();
}
