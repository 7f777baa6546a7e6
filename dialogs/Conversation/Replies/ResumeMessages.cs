using System.Text;
using HelpBot.Dialogs.Conversation.Fields;
using HelpBot.Dialogs.Conversation.State;
using HelpBot.Domain.Systems;
using HelpBot.Runtime.Turns;

namespace HelpBot.Dialogs.Conversation.Replies;

/// <summary>The messages of the offer to continue a report left unfinished in another conversation.</summary>
public static class ResumeMessages
{
    /// <summary>Help text of the offer.</summary>
    public const string Help =
        "'Continue it' brings back the answers you gave in your earlier chat and asks the next open question. " +
        "'Start fresh' deletes that unfinished report and goes on here.";

    /// <summary>Sent before the offer is asked again when a problem description was typed in place of a choice.</summary>
    public const string DescriptionKept =
        "I kept the problem you just described. 'Continue it' finishes the earlier report first, and then we report this one. " +
        "'Start fresh' deletes the earlier report and starts with this one.";

    /// <summary>Added to <see cref="Resumed"/> when a problem description typed in this chat waits for its own report.</summary>
    public const string DescriptionAfterwards = "The problem you described here comes next, once this report is done.";

    /// <summary>Sent after the report was moved into this conversation, before its open question.</summary>
    /// <summary>Reply to "Start fresh", which "back" as the next message undoes.</summary>
    public const string Dropped = "Okay, I dropped the earlier report. If you meant to continue it, type 'back'.";

    public const string Resumed = "Okay, here is your report with the answers you gave so far. Let's go on where you left off.";

    // The offer shows at most this many characters of the description.
    private const int MaxSummaryLength = 80;

    /// <summary>
    /// Returns the offer, naming what the report is about (system, page or the start of the description) and
    /// when it last changed, in the user's time zone.
    /// </summary>
    public static string Offer(UnfinishedReport found, ConversationServices services, ITurnContext turn)
    {
        ArgumentNullException.ThrowIfNull(found);
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(turn);
        var changedAt = TimeZoneInfo.ConvertTime(found.Link.ChangedAt, services.GetTimeZone(turn));
        return new StringBuilder("You have an unfinished report from an earlier chat, last changed ")
            .Append(ReportFieldValues.FormatWhen(changedAt)).Append(": ").Append(Describe(found.Report, services)).Append(".\n\n")
            .Append("Do you want to continue it, or start fresh? Starting fresh deletes it.")
            .ToString();
    }

    private static string Describe(ReportState state, ConversationServices services)
    {
        var report = state.Report;
        var parts = new List<string>();
        if (report.System != SupportSystems.Unknown)
        {
            parts.Add(services.Content.System(report.System)?.Name ?? report.System);
        }

        if ((report.Page ?? report.PageSuggestion) is { Length: > 0 } page)
        {
            parts.Add($"page \"{page}\"");
        }
        else if ((report.Description ?? state.Message)?.Trim() is { Length: > 0 } description)
        {
            parts.Add($"\"{Shorten(description)}\"");
        }

        return parts.Count == 0 ? "a problem report" : string.Join(", ", parts);
    }

    private static string Shorten(string text)
    {
        var line = text.ReplaceLineEndings(" ");
        return line.Length <= MaxSummaryLength ? line : string.Concat(line.AsSpan(0, MaxSummaryLength).TrimEnd(), "...");
    }
}
