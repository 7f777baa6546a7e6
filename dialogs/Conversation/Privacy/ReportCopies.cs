using HelpBot.Dialogs.Conversation.State;
using HelpBot.Privacy;

namespace HelpBot.Dialogs.Conversation.Privacy;

/// <summary>
/// User text the report state keeps outside the checked fields: the first message, which the bot reads
/// again when the user goes back to the page address, and the page address with the page name taken
/// from its path. The PII review rewrites these copies when it ends (see <see cref="FlaggedValueScrubber"/>).
/// </summary>
public static class ReportCopies
{
    /// <summary>Id of <see cref="ReportState.Message"/>.</summary>
    public const string Message = "message";

    /// <summary>Id of the report's page address.</summary>
    public const string PageUrl = "pageUrl";

    /// <summary>Id of the page name taken from the page address's path.</summary>
    public const string PageSuggestion = "pageSuggestion";

    private static readonly CopyText[] Copies =
    [
        new(Message, s => s.Message, (s, v) => s.Message = v),
        new(PageUrl, s => s.Report.PageUrl, (s, v) => s.Report.PageUrl = v),
        new(PageSuggestion, s => s.Report.PageSuggestion, (s, v) => s.Report.PageSuggestion = v),
    ];

    /// <summary>Returns each copy that contains text, by id, in a fixed order.</summary>
    public static List<(string Id, string Text)> Read(ReportState state)
    {
        ArgumentNullException.ThrowIfNull(state);
        return [.. Copies
            .Select(copy => (copy.Id, Text: copy.Get(state)))
            .Where(pair => !string.IsNullOrEmpty(pair.Text))
            .Select(pair => (pair.Id, pair.Text!))];
    }

    /// <summary>Replaces the text of copy <paramref name="id"/> with <paramref name="text"/>.</summary>
    /// <exception cref="ArgumentException"><paramref name="id"/> is not a copy id.</exception>
    public static void Write(ReportState state, string id, string text)
    {
        ArgumentNullException.ThrowIfNull(state);
        var copy = Array.Find(Copies, c => c.Id == id) ?? throw new ArgumentException($"'{id}' is not a report copy id.", nameof(id));
        copy.Set(state, text);
    }

    /// <summary>
    /// True when <paramref name="finding"/>, found in copy <paramref name="id"/> and in no reviewed field, stays:
    /// a linked detail, or a web address in the page address, which the bot needs to name the system and the
    /// draft shows when the page is missing. Other identifiers are removed.
    /// </summary>
    public static bool KeepsUnreviewed(string id, PiiFinding finding)
    {
        ArgumentNullException.ThrowIfNull(finding);
        return finding.Tier != PiiTier.Identifier || (id == PageUrl && finding.Category == PiiCategories.Url);
    }

    private sealed record CopyText(string Id, Func<ReportState, string?> Get, Action<ReportState, string> Set);
}
