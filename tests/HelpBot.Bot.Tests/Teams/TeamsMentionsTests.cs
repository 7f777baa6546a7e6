using System.Text.Json;
using HelpBot.Bot.Channels.Teams;
using HelpBot.Protocol.Models;

namespace HelpBot.Bot.Tests.Teams;

public sealed class TeamsMentionsTests
{
    [Theory]
    [InlineData("<at>HelpBot</at> report a problem", "report a problem")]
    [InlineData("report a problem <at>HelpBot</at>", "report a problem")]
    [InlineData("  <at>HelpBot</at>  ", "")]
    public void Strip_BotMention_RemovesItsText(string text, string expected)
    {
        var activity = CreateMessage(text, ("28:bot", "<at>HelpBot</at>"));

        TeamsMentions.StripBotMention(activity);

        Assert.Equal(expected, activity.Text);
    }

    [Fact]
    public void Strip_OtherPersonsMention_KeepsIt()
    {
        var activity = CreateMessage("<at>HelpBot</at> ask <at>Dana Testperson</at>", ("28:bot", "<at>HelpBot</at>"), ("29:dana", "<at>Dana Testperson</at>"));

        TeamsMentions.StripBotMention(activity);

        Assert.Equal("ask <at>Dana Testperson</at>", activity.Text);
    }

    [Fact]
    public void Strip_NoMentionEntity_ReturnsFalse()
    {
        var activity = CreateMessage("<at>HelpBot</at> hi");

        Assert.False(TeamsMentions.StripBotMention(activity));
    }

    [Fact]
    public void Strip_NoMentionEntity_KeepsText()
    {
        var activity = CreateMessage("<at>HelpBot</at> hi");

        TeamsMentions.StripBotMention(activity);

        Assert.Equal("<at>HelpBot</at> hi", activity.Text);
    }

    private static Activity CreateMessage(string text, params (string Id, string Text)[] mentions) => new()
    {
        Type = ActivityTypes.Message,
        Text = text,
        Recipient = new ChannelAccount("28:bot", "HelpBot"),
        Entities = [.. mentions.Select(mention => new Entity
        {
            Type = "mention",
            Properties = new Dictionary<string, JsonElement>
            {
                ["text"] = JsonSerializer.SerializeToElement(mention.Text, Protocol.Serialization.ProtocolJsonContext.Default.String),
                ["mentioned"] = JsonDocument.Parse($$"""{"id":"{{mention.Id}}","name":"someone"}""").RootElement.Clone(),
            },
        })],
    };
}
