using System.Text.Json;
using System.Text.Json.Nodes;
using HelpBot.Dialogs.Conversation.Serialization;
using HelpBot.Dialogs.Engine;
using HelpBot.Dialogs.Engine.Serialization;
using HelpBot.Runtime.State;
using HelpBot.Runtime.Turns;

namespace HelpBot.Dialogs.Conversation.State;

/// <summary>
/// Lets a user continue an unfinished report in a new conversation of the same channel, such as after the web
/// chat page's Direct Line token expired and a reload started a new conversation. Every message turn records in
/// user state which conversation contains the user's report in progress (<see cref="UnfinishedReportLink"/>). A
/// new conversation reads that conversation's state, and continuing moves the report and its dialog stack over
/// and deletes the old conversation's state.
/// </summary>
public sealed class ReportResumption(IStorage storage, TimeProvider timeProvider)
{
    /// <summary>Records the turn's conversation as the one with the user's unfinished report, or removes a link to it once the report ended.</summary>
    public void Track(ITurnContext turn)
    {
        ArgumentNullException.ThrowIfNull(turn);
        if (turn.Activity.Conversation?.Id is not { Length: > 0 } conversationId)
        {
            return;
        }

        if (turn.GetReport().IsInProgress)
        {
            var link = new UnfinishedReportLink { ConversationId = conversationId, ChangedAt = timeProvider.GetUtcNow() };
            turn.State.User.Set(ConversationStateKeys.UnfinishedReport, link, ConversationJsonContext.Default.UnfinishedReportLink);
        }
        else if (GetLink(turn)?.ConversationId == conversationId)
        {
            turn.State.User.Remove(ConversationStateKeys.UnfinishedReport);
        }
    }

    /// <summary>
    /// Returns the user's unfinished report in another conversation, or null. A link to a conversation whose report
    /// ended, or whose state retention deleted, is removed.
    /// </summary>
    /// <param name="turn">The turn of the new conversation.</param>
    /// <param name="dialogStateKey">The conversation-state key of the dialog stack (<see cref="DialogEngineOptions.StateKey"/>).</param>
    /// <param name="cancellationToken">Cancels the storage read.</param>
    public async Task<UnfinishedReport?> FindAsync(ITurnContext turn, string dialogStateKey, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        var link = GetLink(turn);
        if (link is null || link.ConversationId == turn.Activity.Conversation?.Id || turn.Activity.ChannelId is not { Length: > 0 } channelId)
        {
            return null;
        }

        var key = StateKeys.Conversation(channelId, link.ConversationId);
        var items = await storage.ReadAsync([key], cancellationToken);
        var root = items.TryGetValue(key, out var item) ? JsonNode.Parse(item.Json.Span) as JsonObject : null;
        var report = root?[ConversationStateKeys.Report]?.Deserialize(ConversationJsonContext.Default.ReportState);
        var dialogState = root?[dialogStateKey]?.Deserialize(DialogJsonContext.Default.DialogState);
        if (report is not { IsInProgress: true } || dialogState is not { Stack.Count: > 0 })
        {
            turn.State.User.Remove(ConversationStateKeys.UnfinishedReport);
            return null;
        }

        return new UnfinishedReport(link, key, report, dialogState);
    }

    /// <summary>
    /// Moves <paramref name="found"/> into the conversation of <paramref name="dc"/>: its report, and its dialog stack in
    /// place of the current one. The old conversation's state is deleted. The caller asks the active question again.
    /// </summary>
    public async Task RestoreAsync(DialogContext dc, UnfinishedReport found, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dc);
        ArgumentNullException.ThrowIfNull(found);
        dc.Turn.SetReport(found.Report);
        dc.State.Stack.Clear();
        dc.State.Stack.AddRange(found.DialogState.Stack);
        await storage.DeleteAsync([found.StorageKey], cancellationToken);
        Track(dc.Turn);
    }

    /// <summary>Deletes the old conversation's state with <paramref name="found"/>, after the user chose to start a new report.</summary>
    public async Task DiscardAsync(ITurnContext turn, UnfinishedReport found, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(found);
        await storage.DeleteAsync([found.StorageKey], cancellationToken);
        turn.State.User.Remove(ConversationStateKeys.UnfinishedReport);
    }

    private static UnfinishedReportLink? GetLink(ITurnContext turn) =>
        turn.State.User.Get(ConversationStateKeys.UnfinishedReport, ConversationJsonContext.Default.UnfinishedReportLink);
}
