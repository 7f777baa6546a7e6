namespace HelpBot.Dialogs.Conversation.State;

/// <summary>
/// User state: the conversation whose state contains the user's unfinished report, so that a new conversation can
/// offer to continue it. It contains no report text, because the report stays in that conversation's state,
/// which retention deletes (<c>Storage:ConversationRetention</c>).
/// </summary>
public sealed class UnfinishedReportLink
{
    /// <summary>Id of the conversation that contains the report.</summary>
    public string ConversationId { get; set; } = string.Empty;

    /// <summary>When a turn in that conversation last had the report in progress.</summary>
    public DateTimeOffset ChangedAt { get; set; }
}
