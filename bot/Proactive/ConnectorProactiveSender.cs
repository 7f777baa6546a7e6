using System.Text.Json;
using HelpBot.Bot.Channels.BotFramework;
using HelpBot.Bot.Channels.BotFramework.Connector;
using HelpBot.Bot.Channels.Teams;
using HelpBot.Protocol.Models;
using HelpBot.Runtime.Proactive;
using Microsoft.Extensions.Options;
using Polly.Timeout;

namespace HelpBot.Bot.Proactive;

/// <summary>
/// Proactive delivery through a channel's Bot Connector API (Teams, the Emulator and other Bot
/// Framework channels), addressed from a stored conversation reference. For Teams, when the user
/// has no known conversation but the bot has a reference in the tenant, it creates the personal
/// chat with <c>POST /v3/conversations</c> first, as Teams requires for proactive 1:1 messages.
/// </summary>
public sealed class ConnectorProactiveSender(
    ConnectorClient connector,
    ConversationReferenceStore references,
    UserConversationIndex index,
    IOptions<BotFrameworkOptions> options,
    TimeProvider timeProvider,
    ILogger<ConnectorProactiveSender> logger)
{
    /// <summary>Sends <paramref name="activities"/> in order; stops at the first one the Connector rejects.</summary>
    public async Task<ProactiveDelivery> SendAsync(ProactiveAddress address, IReadOnlyList<Activity> activities, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(address);
        ArgumentNullException.ThrowIfNull(activities);
        try
        {
            var stored = await ResolveAsync(address, cancellationToken);
            if (stored is null)
            {
                logger.ProactiveNoAddress(address.ChannelId);
                return ProactiveDelivery.NoAddress;
            }

            await PostAllAsync(stored, activities, cancellationToken);
            logger.ProactiveConnectorDelivered(stored.Reference.Conversation!.Id, activities.Count);
            return ProactiveDelivery.Sent;
        }
        catch (ConnectorException error)
        {
            logger.ProactiveConnectorFailed(address.ChannelId, error.StatusCode);
            return ProactiveDelivery.Failed;
        }
        catch (Exception error) when (error is HttpRequestException or TimeoutRejectedException or UriFormatException)
        {
            logger.ProactiveConnectorUnreachable(address.ChannelId, error.GetType().FullName);
            return ProactiveDelivery.Failed;
        }
    }

    private async Task<StoredConversationReference?> ResolveAsync(ProactiveAddress address, CancellationToken cancellationToken)
    {
        if (address.ConversationId is not null)
        {
            return await references.GetAsync(address.ChannelId, address.ConversationId, cancellationToken);
        }

        var latest = await index.FindAsync(address.ChannelId, address.UserId, cancellationToken);
        var stored = latest is null ? null : await references.GetAsync(address.ChannelId, latest, cancellationToken);
        if (stored is not null || address.ChannelId != ChannelIds.MsTeams)
        {
            return stored;
        }

        return await CreatePersonalConversationAsync(address, cancellationToken);
    }

    private async Task<StoredConversationReference?> CreatePersonalConversationAsync(ProactiveAddress address, CancellationToken cancellationToken)
    {
        var tenantId = options.Value.MicrosoftAppTenantId;
        var template = (string.IsNullOrEmpty(tenantId) ? null : await references.GetTenantReferenceAsync(address.ChannelId, tenantId, cancellationToken))
            ?? await references.GetTenantReferenceAsync(address.ChannelId, null, cancellationToken);
        if (template?.TenantId is null || template.Reference.ServiceUrl is null || template.Reference.Bot?.Id is null)
        {
            return null;
        }

        var endpoint = new ConnectorEndpoint(new Uri(template.Reference.ServiceUrl), template.ServiceUrlVerified);
        var bot = new ChannelAccount(template.Reference.Bot.Id, template.Reference.Bot.Name);
        var user = new ChannelAccount(address.UserId, role: RoleTypes.User);
        var created = await connector.CreateConversationAsync(endpoint, CreateParameters(bot, user, template.TenantId), cancellationToken);
        if (string.IsNullOrEmpty(created.Id))
        {
            throw new ConnectorException("The Connector API created a conversation but returned no conversation id.");
        }

        var stored = new StoredConversationReference
        {
            Reference = new ConversationReference
            {
                User = user,
                Bot = bot,
                Conversation = new ConversationAccount(created.Id) { ConversationType = "personal", TenantId = template.TenantId },
                ChannelId = address.ChannelId,
                ServiceUrl = created.ServiceUrl ?? template.Reference.ServiceUrl,
            },
            ServiceUrlVerified = template.ServiceUrlVerified,
            TenantId = template.TenantId,
            SavedAt = timeProvider.GetUtcNow(),
        };
        await references.SaveAsync(stored, cancellationToken);
        await index.RecordAsync(address.ChannelId, address.UserId, created.Id, cancellationToken);
        logger.ProactiveConversationCreated(created.Id);
        return stored;
    }

    private static ConversationParameters CreateParameters(ChannelAccount bot, ChannelAccount user, string tenantId)
    {
        using var channelData = JsonDocument.Parse(JsonSerializer.SerializeToUtf8Bytes(
            new Dictionary<string, Dictionary<string, string>> { ["tenant"] = new() { ["id"] = tenantId } },
            ProactiveJsonContext.Default.DictionaryStringDictionaryStringString));
        return new ConversationParameters
        {
            IsGroup = false,
            Bot = bot,
            Members = [user],
            TenantId = tenantId,
            ChannelData = channelData.RootElement.Clone(),
        };
    }

    private async Task PostAllAsync(StoredConversationReference stored, IReadOnlyList<Activity> activities, CancellationToken cancellationToken)
    {
        var reference = stored.Reference;
        var endpoint = new ConnectorEndpoint(new Uri(reference.ServiceUrl!), stored.ServiceUrlVerified);
        foreach (var activity in activities)
        {
            activity.Type ??= ActivityTypes.Message;
            activity.ChannelId = reference.ChannelId;
            activity.Conversation = reference.Conversation;
            activity.From = reference.Bot;
            activity.Recipient = reference.User;
            activity.ReplyToId = null;
            activity.ServiceUrl = null;
            await connector.SendActivityAsync(endpoint, activity, cancellationToken);
        }
    }
}
