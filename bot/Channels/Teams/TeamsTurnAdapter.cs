using System.Text.Json;
using HelpBot.Bot.Channels.BotFramework;
using HelpBot.Protocol.Models;
using HelpBot.Runtime.Turns;
using Microsoft.Extensions.Options;

namespace HelpBot.Bot.Channels.Teams;

/// <summary>
/// Adapts Teams activities to what the channel-agnostic dialogs handle, before the turn runs:
/// strips the bot's @mention from messages, runs an <c>Action.Execute</c> invoke as a message with
/// the card's data as <c>value</c>, turns a personal installation into the member-added update that
/// starts the welcome, introduces the bot briefly in teams and group chats, and keeps or forgets
/// the conversation reference on install and uninstall. Activities of other channels pass unchanged.
/// </summary>
public sealed class TeamsTurnAdapter(ConversationReferenceStore references, IOptions<BotFrameworkOptions> options, ILogger<TeamsTurnAdapter> logger)
{
    /// <summary>Prepares the turn for <paramref name="activity"/>, which may be rewritten in place.</summary>
    /// <param name="serviceUrlVerified">Whether the activity's token was validated; stored with the conversation reference.</param>
    public async Task<TeamsTurn> PrepareAsync(Activity activity, IActivitySender sender, bool serviceUrlVerified, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activity);
        if (!string.Equals(activity.ChannelId, ChannelIds.MsTeams, StringComparison.OrdinalIgnoreCase))
        {
            return TeamsTurn.Passthrough(activity, sender);
        }

        var isCardAction = activity.Type == ActivityTypes.Invoke && activity.Name == TeamsActivityNames.AdaptiveCardAction;
        var teamsSender = new TeamsActivitySender(sender, options.Value.MaxTeamsMessageBytes, captureFirstCard: isCardAction);
        return activity.Type switch
        {
            ActivityTypes.Message => PrepareMessage(activity, teamsSender),
            ActivityTypes.Invoke when isCardAction => PrepareCardAction(activity, teamsSender),
            ActivityTypes.InstallationUpdate => await PrepareInstallationAsync(activity, teamsSender, serviceUrlVerified, cancellationToken),
            ActivityTypes.ConversationUpdate => await PrepareConversationUpdateAsync(activity, teamsSender, serviceUrlVerified, cancellationToken),
            _ => new TeamsTurn(activity, teamsSender),
        };
    }

    private TeamsTurn PrepareMessage(Activity activity, TeamsActivitySender sender)
    {
        if (TeamsMentions.StripBotMention(activity))
        {
            logger.TeamsMentionStripped(activity.Id);
        }

        return new TeamsTurn(activity, sender);
    }

    // value = {action:{type:"Action.Execute", verb, data}, trigger}; the dialogs read data as a card submit.
    private static TeamsTurn PrepareCardAction(Activity activity, TeamsActivitySender sender)
    {
        if (activity.Value is not { ValueKind: JsonValueKind.Object } value
            || !value.TryGetProperty("action", out var action) || action.ValueKind != JsonValueKind.Object)
        {
            var error = new InvokeResponse(StatusCodes.Status400BadRequest, CreateError("BadArgument", "The adaptiveCard/action invoke has no value.action object."));
            return new TeamsTurn(null, sender, isCardAction: true, presetResponse: error);
        }

        activity.Type = ActivityTypes.Message;
        activity.Name = null;
        activity.Text = null;
        activity.Value = action.TryGetProperty("data", out var data) && data.ValueKind == JsonValueKind.Object ? data.Clone() : EmptyObject();
        return new TeamsTurn(activity, sender, isCardAction: true);
    }

    private async Task<TeamsTurn> PrepareInstallationAsync(Activity activity, TeamsActivitySender sender, bool verified, CancellationToken cancellationToken)
    {
        var action = activity.Action ?? "";
        if (action.StartsWith(TeamsActivityNames.InstallationRemove, StringComparison.OrdinalIgnoreCase))
        {
            await references.DeleteAsync(activity, cancellationToken);
            logger.TeamsReferenceForgotten(activity.Conversation?.Id);
            return new TeamsTurn(null, sender);
        }

        if (!action.StartsWith(TeamsActivityNames.InstallationAdd, StringComparison.OrdinalIgnoreCase))
        {
            return new TeamsTurn(null, sender);
        }

        await references.SaveAsync(activity, verified, cancellationToken);
        logger.TeamsReferenceSaved(activity.Conversation?.Id, verified);
        if (!TeamsChannelData.IsPersonal(activity))
        {
            await sender.SendAsync(CreateIntroduction(activity), cancellationToken);
            return new TeamsTurn(null, sender);
        }

        // The dialogs welcome a user on a conversationUpdate that adds someone other than the bot.
        activity.Type = ActivityTypes.ConversationUpdate;
        activity.Action = null;
        activity.MembersAdded = activity.From is null ? [] : [activity.From];
        return new TeamsTurn(activity, sender);
    }

    // In teams and group chats the installation's introduction is enough: members joining get no onboarding.
    private async Task<TeamsTurn> PrepareConversationUpdateAsync(Activity activity, TeamsActivitySender sender, bool verified, CancellationToken cancellationToken)
    {
        var botId = activity.Recipient?.Id;
        if (activity.MembersAdded?.Exists(member => string.Equals(member.Id, botId, StringComparison.Ordinal)) == true)
        {
            await references.SaveAsync(activity, verified, cancellationToken);
            logger.TeamsReferenceSaved(activity.Conversation?.Id, verified);
        }
        else if (activity.MembersRemoved?.Exists(member => string.Equals(member.Id, botId, StringComparison.Ordinal)) == true)
        {
            await references.DeleteAsync(activity, cancellationToken);
            logger.TeamsReferenceForgotten(activity.Conversation?.Id);
        }

        return new TeamsTurn(TeamsChannelData.IsPersonal(activity) ? activity : null, sender);
    }

    private static Activity CreateIntroduction(Activity inbound)
    {
        using var marker = JsonDocument.Parse("""{"helpbot":{"step":"teamIntroduction"}}""");
        return new Activity
        {
            Type = ActivityTypes.Message,
            ChannelId = inbound.ChannelId,
            Conversation = inbound.Conversation,
            From = inbound.Recipient,
            Recipient = inbound.From,
            Text = TeamsMessages.Introduction,
            TextFormat = "plain",
            ChannelData = marker.RootElement.Clone(),
        };
    }

    private static JsonElement EmptyObject()
    {
        using var document = JsonDocument.Parse("{}");
        return document.RootElement.Clone();
    }

    private static JsonElement CreateError(string code, string message)
    {
        var buffer = new System.Buffers.ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteNumber("statusCode", StatusCodes.Status400BadRequest);
            writer.WriteString("type", ContentTypes.InvokeError);
            writer.WriteStartObject("value");
            writer.WriteString("code", code);
            writer.WriteString("message", message);
            writer.WriteEndObject();
            writer.WriteEndObject();
        }

        using var document = JsonDocument.Parse(buffer.WrittenMemory);
        return document.RootElement.Clone();
    }
}
