using HelpBot.Bot.Channels.DirectLine;
using HelpBot.Bot.Tests.Infrastructure;
using HelpBot.Protocol.DirectLine;
using Microsoft.Extensions.DependencyInjection;

namespace HelpBot.Bot.Tests.DirectLine;

public sealed class DirectLineRestartTests : IDisposable
{
    private readonly TemporaryDirectory _data = new();

    public void Dispose() => _data.Dispose();

    [Fact]
    public async Task Restart_OldToken_ReplaysAndContinues()
    {
        Conversation conversation;
        await using (var before = CreateFactory())
        {
            var client = before.CreateDirectLineClient();
            conversation = await client.StartNewConversationAsync();
            await client.PostMessageAsync(conversation.ConversationId!, conversation.Token!, "before restart", "c1");
        }

        await using var after = CreateFactory();
        var restarted = after.CreateDirectLineClient();
        using var reconnect = await restarted.SendAsync(HttpMethod.Get, $"/v3/directline/conversations/{conversation.ConversationId}?watermark=1", conversation.Token);
        var reconnected = await System.Net.Http.Json.HttpContentJsonExtensions.ReadFromJsonAsync(reconnect.Content, HelpBot.Protocol.Serialization.ProtocolJsonContext.Default.Conversation);
        using var stream = await StreamReaderClient.ConnectAsync(after.Server, reconnected!.StreamUrl!);
        var (replayed, _) = await stream.ReceiveActivitiesAsync(2);
        var id = await restarted.PostMessageAsync(conversation.ConversationId!, reconnected.Token!, "after restart", "c2");

        Assert.Equal(System.Net.HttpStatusCode.OK, reconnect.StatusCode);
        Assert.Equal("before restart", replayed[0].Text);
        Assert.Equal("You said: before restart", replayed[1].Text);
        Assert.Equal($"{conversation.ConversationId}|0000004", id);
    }

    [Fact]
    public async Task Restart_SigningKey_SavedInDataFolder()
    {
        await using (var first = CreateFactory())
        {
            await first.CreateDirectLineClient().GenerateTokenAsync();
        }

        Assert.True(File.Exists(Path.Combine(_data.Path, DirectLineCredentialsLoader.SigningKeyFileName)));
    }

    [Fact]
    public async Task Retention_ExpiredConversation_IsDeleted()
    {
        await using var factory = CreateFactory(new Dictionary<string, string?> { ["Storage:ConversationRetention"] = "00:01:00" });
        var client = factory.CreateDirectLineClient();
        var conversation = await client.StartNewConversationAsync();
        var store = factory.Services.GetRequiredService<IDirectLineStore>();

        var deleted = await store.DeleteConversationsUpdatedBeforeAsync(DateTimeOffset.UtcNow.AddMinutes(1), CancellationToken.None);
        using var response = await client.SendAsync(HttpMethod.Get, $"/v3/directline/conversations/{conversation.ConversationId}/activities", conversation.Token);

        Assert.Equal(1, deleted);
        Assert.Equal(System.Net.HttpStatusCode.NotFound, response.StatusCode);
    }

    private HelpBotFactory CreateFactory(Dictionary<string, string?>? extra = null)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Storage:Provider"] = "Sqlite",
            ["Storage:DataDirectory"] = _data.Path,
        };
        foreach (var (key, value) in extra ?? [])
        {
            settings[key] = value;
        }

        return new HelpBotFactory(settings);
    }
}
