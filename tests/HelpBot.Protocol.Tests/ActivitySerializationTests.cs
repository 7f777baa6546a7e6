using System.Text.Json;
using System.Text.Json.Nodes;
using HelpBot.Protocol.Models;
using HelpBot.Protocol.Serialization;

namespace HelpBot.Protocol.Tests;

public class ActivitySerializationTests
{
    // A Teams-shaped message with properties the model does not name at every level.
    private const string TeamsMessage = """
        {
          "type": "message",
          "id": "1700000000000",
          "timestamp": "2026-08-22T14:15:00.123Z",
          "localTimestamp": "2026-08-22T08:15:00.123-06:00",
          "localTimezone": "America/Denver",
          "serviceUrl": "https://smba.trafficmanager.net/amer/",
          "channelId": "msteams",
          "from": { "id": "29:user-id", "name": "Test User", "aadObjectId": "00000000-0000-0000-0000-000000000001", "futureAccountField": 7 },
          "conversation": { "id": "a:conversation", "conversationType": "personal", "tenantId": "tenant-id" },
          "recipient": { "id": "28:bot-id", "name": "HelpBot" },
          "text": "<at>HelpBot</at> report a problem",
          "textFormat": "plain",
          "locale": "en-US",
          "entities": [
            { "type": "mention", "mentioned": { "id": "28:bot-id", "name": "HelpBot" }, "text": "<at>HelpBot</at>" },
            { "type": "clientInfo", "locale": "en-US", "platform": "Web", "timezone": "America/Denver" }
          ],
          "channelData": { "tenant": { "id": "tenant-id" }, "clientActivityID": "abc123", "nested": [1, { "deep": true }] },
          "value": { "promptId": "p1", "caseNumber": "1B00000" },
          "futureTopLevelField": { "kept": ["as", "is"] }
        }
        """;

    [Fact]
    public void RoundTrip_TeamsMessage_KeepsEveryProperty()
    {
        var activity = Deserialize(TeamsMessage);

        var written = JsonSerializer.Serialize(activity, ProtocolJsonContext.Default.Activity);

        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(TeamsMessage), JsonNode.Parse(written)), written);
    }

    [Fact]
    public void Deserialize_TeamsMessage_ReadsNamedProperties()
    {
        var activity = Deserialize(TeamsMessage);

        Assert.Equal(ActivityTypes.Message, activity.Type);
        Assert.Equal("29:user-id", activity.From?.Id);
        Assert.Equal("personal", activity.Conversation?.ConversationType);
        Assert.Equal("abc123", activity.GetChannelDataString("clientActivityID"));
        Assert.Equal("<at>HelpBot</at>", activity.FindEntity("mention")?.GetString("text"));
        Assert.True(activity.ExtensionData?.ContainsKey("futureTopLevelField"));
        Assert.True(activity.From?.ExtensionData?.ContainsKey("futureAccountField"));
    }

    [Fact]
    public void Serialize_NullProperties_AreOmitted()
    {
        var activity = new Activity { Type = ActivityTypes.Typing };

        var written = JsonSerializer.Serialize(activity, ProtocolJsonContext.Default.Activity);

        Assert.Equal("""{"type":"typing"}""", written);
    }

    [Fact]
    public void CreateReply_SwapsAccountsAndKeepsConversation()
    {
        var inbound = Deserialize(TeamsMessage);

        var reply = inbound.CreateReply("Hello");

        Assert.Equal("28:bot-id", reply.From?.Id);
        Assert.Equal("29:user-id", reply.Recipient?.Id);
        Assert.Equal("a:conversation", reply.Conversation?.Id);
        Assert.Equal(inbound.Id, reply.ReplyToId);
        Assert.Equal("Hello", reply.Text);
    }

    [Fact]
    public void Deserialize_MalformedJson_Throws()
    {
        Assert.Throws<JsonException>(() => Deserialize("""{"type": "message", """));
    }

    [Fact]
    public void Deserialize_CommentsAndTrailingCommas_Throw()
    {
        Assert.Throws<JsonException>(() => Deserialize("""{"type": "message", /* note */ "text": "x"}"""));
        Assert.Throws<JsonException>(() => Deserialize("""{"type": "message",}"""));
    }

    [Fact]
    public void ConversationReference_RoundTrip_KeepsFields()
    {
        var reference = Deserialize(TeamsMessage).GetConversationReference();

        var written = JsonSerializer.Serialize(reference, ProtocolJsonContext.Default.ConversationReference);
        var read = JsonSerializer.Deserialize(written, ProtocolJsonContext.Default.ConversationReference)!;

        Assert.Equal("https://smba.trafficmanager.net/amer/", read.ServiceUrl);
        Assert.Equal("a:conversation", read.Conversation?.Id);
        Assert.Equal("28:bot-id", read.Bot?.Id);
        Assert.Equal("msteams", read.ChannelId);
    }

    private static Activity Deserialize(string json) =>
        JsonSerializer.Deserialize(json, ProtocolJsonContext.Default.Activity)!;
}
