using System.Text.Json;
using HelpBot.Bot.Channels.Teams;
using HelpBot.Protocol.Models;
using HelpBot.Runtime.Turns;

namespace HelpBot.Bot.Tests.Teams;

public sealed class TeamsActivitySenderTests
{
    private readonly RecordingSender _inner = new();

    [Fact]
    public async Task Send_CardFallback_BecomesSummary()
    {
        var sender = new TeamsActivitySender(_inner, 80 * 1024, captureFirstCard: false);

        await sender.SendAsync(CreateCard("Type report, tickets or help."), CancellationToken.None);

        var sent = Assert.Single(_inner.Sent);
        Assert.Null(sent.Text);
        Assert.Equal("Type report, tickets or help.", sent.Summary);
    }

    [Fact]
    public async Task Send_CaptureFirstCard_HoldsFirstCard()
    {
        var sender = new TeamsActivitySender(_inner, 80 * 1024, captureFirstCard: true);

        await sender.SendAsync(CreateCard("first"), CancellationToken.None);

        Assert.Empty(_inner.Sent);
        Assert.NotNull(sender.CapturedCard);
    }

    [Fact]
    public async Task Send_CaptureFirstCard_SendsLaterCards()
    {
        var sender = new TeamsActivitySender(_inner, 80 * 1024, captureFirstCard: true);

        await sender.SendAsync(CreateCard("first"), CancellationToken.None);
        await sender.SendAsync(CreateCard("second"), CancellationToken.None);
        await sender.SendAsync(new Activity { Type = ActivityTypes.Message, Text = "statement" }, CancellationToken.None);

        Assert.Equal(["second", null], _inner.Sent.Select(activity => activity.Summary));
    }

    [Fact]
    public async Task Release_HeldCard_SendsIt()
    {
        var sender = new TeamsActivitySender(_inner, 80 * 1024, captureFirstCard: true);
        await sender.SendAsync(CreateCard("first"), CancellationToken.None);

        await sender.ReleaseCaptureAsync(CancellationToken.None);

        Assert.Equal("first", Assert.Single(_inner.Sent).Summary);
    }

    [Fact]
    public async Task Release_BeforeAnyCard_LaterCardGoesOut()
    {
        var sender = new TeamsActivitySender(_inner, 80 * 1024, captureFirstCard: true);
        await sender.ReleaseCaptureAsync(CancellationToken.None);

        await sender.SendAsync(CreateCard("late"), CancellationToken.None);

        Assert.Single(_inner.Sent);
    }

    private static Activity CreateCard(string fallback) => new()
    {
        Type = ActivityTypes.Message,
        Text = fallback,
        Attachments = [new Attachment
        {
            ContentType = ContentTypes.AdaptiveCard,
            Content = JsonDocument.Parse("""{"type":"AdaptiveCard","version":"1.5","body":[{"type":"TextBlock","text":"Card"}]}""").RootElement.Clone(),
        }],
    };

    private sealed class RecordingSender : IActivitySender
    {
        public List<Activity> Sent { get; } = [];

        public Task<ResourceResponse> SendAsync(Activity activity, CancellationToken cancellationToken)
        {
            Sent.Add(activity);
            return Task.FromResult(new ResourceResponse($"sent-{Sent.Count}"));
        }
    }
}
