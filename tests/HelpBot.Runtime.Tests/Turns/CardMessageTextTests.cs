using System.Text.Json;
using HelpBot.Protocol.Models;
using HelpBot.Runtime.Tests.TestDoubles;
using HelpBot.Runtime.Turns;

namespace HelpBot.Runtime.Tests.Turns;

public sealed class CardMessageTextTests
{
    private const string Question = "First, try these quick fixes\n\nReply with one of: 1) That fixed it, 2) Still broken";

    [Theory]
    [InlineData(ChannelIds.WebChat)]
    [InlineData(ChannelIds.DirectLine)]
    public async Task SendActivity_CardOnDirectLine_MovesTextToSummary(string channelId)
    {
        var sent = await SendOnAsync(channelId, CardMessage());

        Assert.Null(sent.Text);
        Assert.Null(sent.TextFormat);
        Assert.Equal(Question, sent.Summary);
        Assert.Single(sent.Attachments!);
    }

    [Theory]
    [InlineData(ChannelIds.Test)]
    [InlineData(ChannelIds.Emulator)]
    [InlineData(ChannelIds.MsTeams)]
    public async Task SendActivity_CardElsewhere_KeepsText(string channelId)
    {
        var sent = await SendOnAsync(channelId, CardMessage());

        Assert.Equal(Question, sent.Text);
        Assert.Null(sent.Summary);
    }

    [Fact]
    public async Task SendActivity_TextOnDirectLine_KeepsText()
    {
        var sent = await SendOnAsync(ChannelIds.WebChat, new Activity { Type = ActivityTypes.Message, Text = Question, TextFormat = "plain" });

        Assert.Equal(Question, sent.Text);
        Assert.Null(sent.Summary);
    }

    [Fact]
    public void MoveToSummary_LongText_CutsWithEllipsis()
    {
        var activity = CardMessage();

        CardMessageText.MoveToSummary(activity, 10);

        Assert.Equal("First, tr…", activity.Summary);
        Assert.Null(activity.Text);
    }

    [Fact]
    public void MoveToSummary_SummarySet_KeepsSummary()
    {
        var activity = CardMessage();
        activity.Summary = "Quick fixes";

        CardMessageText.MoveToSummary(activity);

        Assert.Equal("Quick fixes", activity.Summary);
        Assert.Null(activity.Text);
    }

    // Sends the activity from a turn on the channel and returns the one activity the sender received.
    private static async Task<Activity> SendOnAsync(string channelId, Activity activity)
    {
        var sender = new RecordingActivitySender();
        var inbound = TestActivities.Create();
        inbound.ChannelId = channelId;
        var turn = new TurnContext(inbound, sender);

        await turn.SendActivityAsync(activity);

        return Assert.Single(sender.Sent);
    }

    private static Activity CardMessage() => new()
    {
        Type = ActivityTypes.Message,
        Text = Question,
        TextFormat = "plain",
        Attachments =
        [
            new Attachment
            {
                ContentType = ContentTypes.AdaptiveCard,
                Content = JsonSerializer.SerializeToElement(new { type = "AdaptiveCard", version = "1.5", fallbackText = Question }),
            },
        ],
    };
}
