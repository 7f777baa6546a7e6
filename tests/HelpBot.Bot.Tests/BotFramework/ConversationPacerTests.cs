using System.Diagnostics;
using HelpBot.Bot.Channels.BotFramework;
using HelpBot.Bot.Channels.BotFramework.Connector;
using Microsoft.Extensions.Options;

namespace HelpBot.Bot.Tests.BotFramework;

public sealed class ConversationPacerTests
{
    [Fact]
    public async Task Acquire_OverRate_WaitsForNextSecond()
    {
        await using var pacer = CreatePacer(perSecond: 2);
        var watch = Stopwatch.StartNew();

        for (var i = 0; i < 3; i++)
        {
            using var lease = await pacer.AcquireAsync("conversation-a", CancellationToken.None);
        }

        Assert.True(watch.Elapsed >= TimeSpan.FromMilliseconds(500), $"Three sends at two per second took only {watch.ElapsedMilliseconds} ms.");
    }

    [Fact]
    public async Task Acquire_OtherConversation_DoesNotWait()
    {
        await using var pacer = CreatePacer(perSecond: 1);
        using (await pacer.AcquireAsync("conversation-a", CancellationToken.None))
        {
        }

        var watch = Stopwatch.StartNew();
        using var lease = await pacer.AcquireAsync("conversation-b", CancellationToken.None);

        Assert.True(watch.Elapsed < TimeSpan.FromMilliseconds(500), $"Another conversation waited {watch.ElapsedMilliseconds} ms.");
    }

    private static ConversationPacer CreatePacer(int perSecond) =>
        new(Options.Create(new BotFrameworkOptions { SendsPerSecondPerConversation = perSecond }));
}
