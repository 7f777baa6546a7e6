using HelpBot.Domain.Content;

namespace HelpBot.Domain.Reports;

/// <summary>
/// Stores an answer to the steps-tried question. The question's prefilled value lists the ticked tips
/// by title, then the typed steps, so an answer replaces both: the tips it names become the ticked
/// tips, and its other text becomes the typed steps.
/// </summary>
public static class StepsTriedAnswer
{
    private static readonly char[] s_separators = [';', '\n'];

    /// <summary>
    /// Replaces the report's tips and steps tried with <paramref name="answer"/>. A part of the answer
    /// that is a tip's title (as "keep" or an edited card value sends it back) ticks that tip and is
    /// not kept as typed text, so the draft never lists it twice. Tips named in the typed text, such
    /// as "cleared the cache", are ticked too.
    /// </summary>
    public static void Store(IssueReport report, string answer, IReadOnlyList<TroubleshootingTip> tips)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(answer);
        ArgumentNullException.ThrowIfNull(tips);
        var parts = answer.Split(s_separators, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var titled = tips.Where(tip => parts.Any(part => IsTitle(part, tip))).Select(tip => tip.Id).ToList();
        var typed = titled.Count == 0
            ? answer.Trim()
            : string.Join("; ", parts.Where(part => !tips.Any(tip => IsTitle(part, tip))));

        var named = typed.Length == 0 ? [] : TipsTriedReader.ReadAnswer(typed, [.. tips.Select(tip => tip.Id)]);
        report.TipsTried = [.. tips.Select(tip => tip.Id).Where(id => titled.Contains(id) || named.Contains(id))];
        report.StepsTried = typed.Length == 0 ? [] : [typed];
    }

    private static bool IsTitle(string part, TroubleshootingTip tip) =>
        string.Equals(part.TrimEnd('.'), tip.Title.TrimEnd('.'), StringComparison.OrdinalIgnoreCase);
}
