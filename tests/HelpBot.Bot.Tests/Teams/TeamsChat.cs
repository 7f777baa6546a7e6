using System.Text.Json;
using HelpBot.Bot.Tests.BotFramework;
using HelpBot.Protocol.Models;
using HelpBot.Protocol.Serialization;

namespace HelpBot.Bot.Tests.Teams;

/// <summary>
/// One Teams conversation against the bot: builds Teams-shaped activities (tenant and team in
/// channelData, the bot's mention entity, installation updates, card actions), posts them to
/// /api/messages and returns the replies the mock Connector received for the conversation.
/// </summary>
internal sealed class TeamsChat(HttpClient client, MockConnector connector, string conversationType = "personal", string tenantId = TestTokens.TenantId)
{
    private const string BotMention = "<at>HelpBot</at>";
    private int _seen;

    public string ConversationId { get; } = conversationType == "personal" ? $"a:teams-{Guid.NewGuid():N}" : $"19:{Guid.NewGuid():N}@thread.tacv2";

    /// <summary>Posts <paramref name="activity"/> and returns the response and the replies sent during its turn.</summary>
    public async Task<(HttpResponseMessage Response, List<Activity> Replies)> SendAsync(Activity activity)
    {
        using var request = BotFrameworkActivities.CreateRequest(activity, authorization: null);
        var response = await client.SendAsync(request);
        var replies = connector.AcceptedActivities.Where(reply => reply.Conversation?.Id == ConversationId).ToList();
        var fresh = replies.Skip(_seen).ToList();
        _seen = replies.Count;
        return (response, fresh);
    }

    /// <summary>A message; with <paramref name="mention"/> the text starts with the bot's @mention, as in channels.</summary>
    public Activity Message(string text, bool mention = true)
    {
        var activity = Create(ActivityTypes.Message);
        activity.Text = mention ? $"{BotMention} {text}" : text;
        if (mention)
        {
            activity.Entities =
            [
                new Entity
                {
                    Type = "mention",
                    Properties = new Dictionary<string, JsonElement>
                    {
                        ["text"] = JsonSerializer.SerializeToElement(BotMention, ProtocolJsonContext.Default.String),
                        ["mentioned"] = Parse($$"""{"id":"{{BotFrameworkActivities.BotId}}","name":"HelpBot"}"""),
                    },
                },
            ];
        }

        return activity;
    }

    /// <summary>An Action.Submit click: a message whose value is the action's data.</summary>
    public Activity Submit(JsonElement data)
    {
        var activity = Create(ActivityTypes.Message);
        activity.Value = data;
        return activity;
    }

    /// <summary>An Action.Execute click: the <c>adaptiveCard/action</c> invoke.</summary>
    public Activity Execute(JsonElement data)
    {
        var activity = Create(ActivityTypes.Invoke);
        activity.Name = "adaptiveCard/action";
        activity.Value = Parse($$"""{"action":{"type":"Action.Execute","verb":"submit","data":{{data.GetRawText()}}},"trigger":"manual"}""");
        return activity;
    }

    /// <summary>An installationUpdate with <paramref name="action"/> add or remove.</summary>
    public Activity Installation(string action)
    {
        var activity = Create(ActivityTypes.InstallationUpdate);
        activity.Action = action;
        return activity;
    }

    private Activity Create(string type)
    {
        var activity = BotFrameworkActivities.CreateMessage(connector.BaseAddress, "", ConversationId);
        activity.Type = type;
        activity.Text = null;
        activity.Conversation!.ConversationType = conversationType;
        activity.Conversation.IsGroup = conversationType != "personal";
        activity.Conversation.TenantId = tenantId;
        activity.ChannelData = conversationType == "channel"
            ? Parse($$$"""{"tenant":{"id":"{{{tenantId}}}"},"team":{"id":"19:team-1@thread.tacv2","name":"CBO staff"},"channel":{"id":"{{{ConversationId}}}","name":"General"}}""")
            : Parse($$$"""{"tenant":{"id":"{{{tenantId}}}"}}""");
        return activity;
    }

    private static JsonElement Parse(string json)
    {
        using var document = JsonDocument.Parse(json);
        return document.RootElement.Clone();
    }
}
