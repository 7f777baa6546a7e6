using System.Text.Json;
using HelpBot.Protocol.DirectLine;
using HelpBot.Protocol.Models;
using HelpBot.Protocol.Serialization;

namespace HelpBot.Protocol.Tests;

public class ActivitySchemaTests
{
    public static TheoryData<string, Activity> Activities => new()
    {
        { "message with a card", MessageWithCard() },
        { "conversationUpdate", ConversationUpdate() },
        { "typing", Addressed(new Activity { Type = ActivityTypes.Typing }) },
        { "invoke with value", Invoke() },
        { "message with suggested actions", MessageWithSuggestedActions() },
        { "installationUpdate", Addressed(new Activity { Type = ActivityTypes.InstallationUpdate, Action = "add" }) },
    };

    [Theory]
    [MemberData(nameof(Activities))]
    public void Serialize_Activity_MatchesSchema(string name, Activity activity)
    {
        var json = JsonSerializer.SerializeToElement(activity, ProtocolJsonContext.Default.Activity);

        var errors = ActivitySchemaValidator.Validate(json);

        Assert.True(errors.Count == 0, $"{name}: {string.Join("; ", errors)}");
    }

    [Fact]
    public void Validate_MissingConversation_Fails()
    {
        var json = JsonSerializer.SerializeToElement(new Activity { Type = ActivityTypes.Message, ChannelId = "test" }, ProtocolJsonContext.Default.Activity);

        Assert.NotEmpty(ActivitySchemaValidator.Validate(json));
    }

    [Fact]
    public void Validate_WrongPropertyType_Fails()
    {
        var json = JsonDocument.Parse("""{"type":"message","channelId":"test","conversation":{"id":"c"},"text":42}""").RootElement;

        Assert.NotEmpty(ActivitySchemaValidator.Validate(json));
    }

    [Fact]
    public void ActivitySet_RoundTrip_KeepsWatermark()
    {
        var set = new ActivitySet { Activities = [MessageWithCard()], Watermark = "7" };

        var json = JsonSerializer.Serialize(set, ProtocolJsonContext.Default.ActivitySet);
        var read = JsonSerializer.Deserialize(json, ProtocolJsonContext.Default.ActivitySet)!;

        Assert.Equal("7", read.Watermark);
        Assert.Single(read.Activities);
    }

    [Fact]
    public void ErrorResponse_Serializes_AsDirectLineEnvelope()
    {
        var json = JsonSerializer.Serialize(new ErrorResponse("BadArgument", "The body is not valid JSON."), ProtocolJsonContext.Default.ErrorResponse);

        Assert.Equal("""{"error":{"code":"BadArgument","message":"The body is not valid JSON."}}""", json);
    }

    private static Activity Addressed(Activity activity)
    {
        activity.Id = "conversation-1|0000001";
        activity.ChannelId = ChannelIds.DirectLine;
        activity.Conversation = new ConversationAccount("conversation-1");
        activity.From = new ChannelAccount("helpbot", "HelpBot", RoleTypes.Bot);
        activity.Recipient = new ChannelAccount("dl_user", "Test User", RoleTypes.User);
        activity.Timestamp = new DateTimeOffset(2026, 8, 22, 14, 15, 0, TimeSpan.Zero);
        activity.ServiceUrl = "http://127.0.0.1:3978/";
        return activity;
    }

    private static Activity MessageWithCard() => Addressed(new Activity
    {
        Type = ActivityTypes.Message,
        Text = "Which system is it?",
        Attachments =
        [
            new Attachment
            {
                ContentType = ContentTypes.AdaptiveCard,
                Content = JsonDocument.Parse("""{"type":"AdaptiveCard","version":"1.5","body":[]}""").RootElement,
            },
        ],
        ChannelData = JsonDocument.Parse("""{"helpbot":{"field":"page"}}""").RootElement,
    });

    private static Activity ConversationUpdate() => Addressed(new Activity
    {
        Type = ActivityTypes.ConversationUpdate,
        MembersAdded = [new ChannelAccount("dl_user", "Test User"), new ChannelAccount("helpbot", "HelpBot")],
    });

    private static Activity Invoke() => Addressed(new Activity
    {
        Type = ActivityTypes.Invoke,
        Name = "adaptiveCard/action",
        Value = JsonDocument.Parse("""{"action":{"type":"Action.Execute","verb":"submit","data":{"promptId":"p1"}},"trigger":"manual"}""").RootElement,
    });

    private static Activity MessageWithSuggestedActions() => Addressed(new Activity
    {
        Type = ActivityTypes.Message,
        Text = "Is it medically urgent?",
        SuggestedActions = new SuggestedActions
        {
            To = ["dl_user"],
            Actions = [new CardAction { Type = ActionTypes.ImBack, Title = "Yes", Value = JsonDocument.Parse("\"yes\"").RootElement }],
        },
    });
}
