using HelpBot.Bot.Channels.Teams;
using HelpBot.Protocol.Models;

namespace HelpBot.Bot.Proactive;

/// <summary>
/// Remembers, on every user turn, where proactive messages for that user can go: the
/// conversation reference (Bot Framework channels) and the user's latest conversation. Both are
/// written only when they change.
/// </summary>
public sealed class ProactiveAddressRecorder(ConversationReferenceStore references, UserConversationIndex index)
{
    /// <summary>
    /// Records an activity from <c>/api/messages</c> whose serviceUrl passed the endpoint's checks.
    /// Installation and membership updates are left to <see cref="TeamsTurnAdapter"/>, which saves
    /// and deletes references for them.
    /// </summary>
    public async Task RecordBotFrameworkAsync(Activity activity, bool serviceUrlVerified, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activity);
        if (string.IsNullOrEmpty(activity.ServiceUrl) || string.IsNullOrEmpty(activity.ChannelId)
            || string.IsNullOrEmpty(activity.From?.Id) || string.IsNullOrEmpty(activity.Conversation?.Id))
        {
            return;
        }

        var isTurn = activity.Type is ActivityTypes.Message or ActivityTypes.Invoke;
        var isInstall = activity.Type == ActivityTypes.InstallationUpdate
            && activity.Action?.StartsWith(TeamsActivityNames.InstallationAdd, StringComparison.OrdinalIgnoreCase) == true;
        if (isTurn)
        {
            await references.SaveIfChangedAsync(activity, serviceUrlVerified, cancellationToken);
        }

        // A reminder must not land in a Teams channel or group chat, where everyone can read it.
        if ((isTurn || isInstall) && (activity.ChannelId != ChannelIds.MsTeams || TeamsChannelData.IsPersonal(activity)))
        {
            await index.RecordAsync(activity.ChannelId, activity.From.Id, activity.Conversation.Id, cancellationToken);
        }
    }

    /// <summary>Records a Direct Line user's latest conversation.</summary>
    public Task RecordDirectLineAsync(string channelId, string userId, string conversationId, CancellationToken cancellationToken) =>
        index.RecordAsync(channelId, userId, conversationId, cancellationToken);
}
