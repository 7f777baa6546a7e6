using HelpBot.EndToEnd.Tests.Infrastructure;

namespace HelpBot.EndToEnd.Tests.DirectLine;

/// <summary>A web chat conversation goes on after the bot restarts over the same data folder.</summary>
[Trait("Category", "EndToEnd")]
public sealed class BotRestartTests
{
    [Fact]
    public async Task Restart_SameDataFolder_ConversationContinues()
    {
        await using var server = await BotServer.StartAsync();
        var token = await WebChatToken.RequestAsync(server.BaseAddress);
        string? conversationId;
        string? watermark;
        await using (var before = await DirectLineDriver.StartAsync())
        {
            await before.ConnectAsync(server.DirectLineDomain, token.Token, webSocket: true, userId: token.UserId);
            await before.WaitForActivityAsync(ActivityJson.IsBotMessage, "the bot's welcome");
            var firstId = $"e2e-{Guid.NewGuid():N}";
            await before.PostMessageAsync("report a problem", firstId);
            await before.WaitForActivityAsync(a => ActivityJson.ClientActivityId(a) == firstId, "the echo before the restart");
            (conversationId, watermark) = await before.GetStateAsync();
        }

        await server.RestartAsync();

        await using var after = await DirectLineDriver.StartAsync();
        await after.ConnectAsync(server.DirectLineDomain, token.Token, webSocket: true, conversationId, watermark, userId: token.UserId);
        var secondId = $"e2e-{Guid.NewGuid():N}";
        var postedId = await after.PostMessageAsync("help topics", secondId);
        var echo = await after.WaitForActivityAsync(a => ActivityJson.ClientActivityId(a) == secondId, "the echo after the restart");

        Assert.Equal(postedId, ActivityJson.Id(echo));
        Assert.Equal(conversationId, echo.GetProperty("conversation").GetProperty("id").GetString());
    }
}
