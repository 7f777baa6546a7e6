using System.Text.Json;
using HelpBot.Bot.Tests.Infrastructure;
using HelpBot.Protocol.Models;

namespace HelpBot.Bot.Tests.BotFramework;

/// <summary>Teams-shaped activities and the request that posts them to /api/messages.</summary>
internal static class BotFrameworkActivities
{
    public const string BotId = "28:" + TestTokens.AppId;
    public const string UserId = "29:user-dana-testperson";

    public static Activity CreateMessage(Uri serviceUrl, string text, string conversationId = "a:personal-conversation-1", string channelId = ChannelIds.MsTeams) => new()
    {
        Type = ActivityTypes.Message,
        Id = $"activity-{Guid.NewGuid():N}",
        ChannelId = channelId,
        ServiceUrl = serviceUrl.AbsoluteUri,
        Text = text,
        Timestamp = DateTimeOffset.UtcNow,
        From = new ChannelAccount(UserId, "Dana Testperson", RoleTypes.User) { AadObjectId = "00000000-0000-4000-8000-0000000000d1" },
        Recipient = new ChannelAccount(BotId, "HelpBot", RoleTypes.Bot),
        Conversation = new ConversationAccount(conversationId) { ConversationType = "personal", TenantId = TestTokens.TenantId },
        ChannelData = JsonDocument.Parse($$$"""{"tenant":{"id":"{{{TestTokens.TenantId}}}"}}""").RootElement.Clone(),
    };

    public static HttpRequestMessage CreateRequest(Activity activity, string? authorization)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages") { Content = DirectLineTestClient.CreateJson(activity) };
        if (authorization is not null)
        {
            request.Headers.TryAddWithoutValidation("Authorization", authorization);
        }

        return request;
    }
}
