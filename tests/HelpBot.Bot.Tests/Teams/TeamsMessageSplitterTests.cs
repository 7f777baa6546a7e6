using System.Text.Json;
using System.Text.Json.Nodes;
using HelpBot.Bot.Channels.Teams;
using HelpBot.Protocol.Models;

namespace HelpBot.Bot.Tests.Teams;

public sealed class TeamsMessageSplitterTests
{
    private const int MaxBytes = 8 * 1024;

    [Fact]
    public void Split_SmallMessage_ReturnsItAlone()
    {
        var activity = CreateText("short");

        Assert.Same(activity, Assert.Single(TeamsMessageSplitter.Split(activity, MaxBytes)));
    }

    [Fact]
    public void Split_LongText_EveryPartFits()
    {
        var parts = TeamsMessageSplitter.Split(CreateText(LongText()), MaxBytes);

        Assert.True(parts.Count > 1);
        Assert.All(parts, part => Assert.True(TeamsMessageSplitter.SizeOf(part) <= MaxBytes, $"A part has {TeamsMessageSplitter.SizeOf(part)} bytes."));
    }

    [Fact]
    public void Split_LongText_KeepsEveryWord()
    {
        var text = LongText();

        var parts = TeamsMessageSplitter.Split(CreateText(text), MaxBytes);

        Assert.Equal(Words(text), parts.SelectMany(part => Words(part.Text!)));
    }

    [Fact]
    public void Split_LongCard_EveryPartFits()
    {
        var parts = TeamsMessageSplitter.Split(CreateCard(40), MaxBytes);

        Assert.True(parts.Count > 1);
        Assert.All(parts, part => Assert.True(TeamsMessageSplitter.SizeOf(part) <= MaxBytes, $"A part has {TeamsMessageSplitter.SizeOf(part)} bytes."));
    }

    [Fact]
    public void Split_LongCard_ActionsOnLastPartOnly()
    {
        var parts = TeamsMessageSplitter.Split(CreateCard(40), MaxBytes);

        var withActions = parts.Select(part => part.Attachments![0].Content!.Value.TryGetProperty("actions", out _)).ToList();
        Assert.True(withActions[^1]);
        Assert.DoesNotContain(true, withActions[..^1]);
    }

    [Fact]
    public void Split_LongCard_KeepsEveryElement()
    {
        var parts = TeamsMessageSplitter.Split(CreateCard(40), MaxBytes);

        var elements = parts.Sum(part => part.Attachments![0].Content!.Value.GetProperty("body").GetArrayLength());
        Assert.Equal(40, elements);
    }

    [Fact]
    public void Split_OneHugeTextBlock_SplitsItsText()
    {
        var card = new JsonObject
        {
            ["type"] = "AdaptiveCard",
            ["version"] = "1.5",
            ["body"] = new JsonArray(new JsonObject { ["type"] = "TextBlock", ["text"] = LongText(), ["wrap"] = true }),
        };

        var parts = TeamsMessageSplitter.Split(CreateCardActivity(card), MaxBytes);

        Assert.True(parts.Count > 1);
        Assert.All(parts, part => Assert.True(TeamsMessageSplitter.SizeOf(part) <= MaxBytes, $"A part has {TeamsMessageSplitter.SizeOf(part)} bytes."));
    }

    [Fact]
    public void Split_TextAndCard_SendsThemSeparately()
    {
        var activity = CreateCard(40);
        activity.Text = "The draft follows.";

        var parts = TeamsMessageSplitter.Split(activity, MaxBytes);

        Assert.Equal("The draft follows.", parts[0].Text);
        Assert.Null(parts[0].Attachments);
    }

    [Theory]
    [InlineData("one two three four five six", 10)]
    [InlineData("aaaaaaaaaaaaaaaaaaaaaaaaa", 7)]
    [InlineData("para one\n\npara two\n\npara three", 12)]
    public void TextChunks_AnyText_NoChunkOverLimit(string text, int maxChars)
    {
        var chunks = TeamsMessageSplitter.TextChunks(text, maxChars).ToList();

        Assert.All(chunks, chunk => Assert.True(chunk.Length <= maxChars, $"'{chunk}' is longer than {maxChars}."));
    }

    private static string LongText() =>
        string.Join("\n\n", Enumerable.Range(1, 60).Select(i => $"Paragraph {i}: the page shows an error after pressing Next on the Income page, and the user tried again."));

    private static string[] Words(string text) => text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);

    private static Activity CreateText(string text) => new()
    {
        Type = ActivityTypes.Message,
        Text = text,
        Conversation = new ConversationAccount("a:split"),
        Recipient = new ChannelAccount("29:user"),
        From = new ChannelAccount("28:bot"),
    };

    private static Activity CreateCard(int elements)
    {
        var body = new JsonArray();
        for (var i = 0; i < elements; i++)
        {
            body.Add(new JsonObject { ["type"] = "TextBlock", ["text"] = $"Section {i}: " + new string('x', 400), ["wrap"] = true });
        }

        var card = new JsonObject
        {
            ["type"] = "AdaptiveCard",
            ["version"] = "1.5",
            ["body"] = body,
            ["actions"] = new JsonArray(new JsonObject { ["type"] = "Action.Submit", ["title"] = "Start over", ["data"] = new JsonObject { ["action"] = "startOver" } }),
        };
        return CreateCardActivity(card);
    }

    private static Activity CreateCardActivity(JsonObject card)
    {
        var activity = CreateText("");
        activity.Text = null;
        activity.Attachments = [new Attachment { ContentType = ContentTypes.AdaptiveCard, Content = JsonDocument.Parse(card.ToJsonString()).RootElement.Clone() }];
        return activity;
    }
}
