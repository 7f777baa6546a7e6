using System.Text.Json;
using HelpBot.Bot.Channels.DirectLine;
using HelpBot.Bot.Tests.Infrastructure;
using HelpBot.Protocol.Models;
using HelpBot.Runtime.Storage;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;

namespace HelpBot.Bot.Tests.DirectLine;

/// <summary>
/// The order hints of stored activities: timestamps that increase strictly within a conversation and
/// Web Chat's <c>webchat:sequence-id</c>, on every path that appends an activity.
/// </summary>
public sealed class DirectLineActivityOrderTests : IDisposable
{
    private static readonly DateTimeOffset s_now = new(2026, 3, 10, 16, 15, 0, 123, TimeSpan.Zero);

    private readonly string _path = Path.Combine(Path.GetTempPath(), $"helpbot-order-{Guid.NewGuid():N}.db");
    private readonly HelpBotFactory _factory = new();

    public void Dispose()
    {
        _factory.Dispose();
        SqliteConnection.ClearAllPools();
        foreach (var file in new[] { _path, _path + "-wal", _path + "-shm" })
        {
            File.Delete(file);
        }
    }

    [Theory]
    [InlineData("memory")]
    [InlineData("sqlite")]
    public async Task Append_SameMillisecond_TimestampsIncrease(string kind)
    {
        var store = CreateStore(kind, new FixedTimeProvider(s_now.AddTicks(4567)));
        await store.TryCreateConversationAsync("c1", ChannelIds.WebChat, CancellationToken.None);

        var activities = new List<Activity>();
        for (var i = 0; i < 3; i++)
        {
            var activity = new Activity { Type = ActivityTypes.Message, Text = $"reply {i}", Timestamp = s_now };
            await store.AppendAsync("c1", activity, CancellationToken.None);
            activities.Add(activity);
        }

        var stored = (await store.ReadAfterAsync("c1", 0, 10, CancellationToken.None)).Activities;
        Assert.Equal([1L, 2L, 3L], stored.Select(SequenceId));
        Assert.Equal([s_now.AddMilliseconds(1), s_now.AddMilliseconds(2), s_now.AddMilliseconds(3)], stored.Select(a => a.Timestamp!.Value));
        Assert.Equal(stored.Select(a => a.Timestamp), activities.Select(a => a.Timestamp));
    }

    [Fact]
    public async Task Post_EchoAndReplies_SortInOrderSent()
    {
        var client = _factory.CreateDirectLineClient();
        var conversation = await client.StartNewConversationAsync();

        await client.PostMessageAsync(conversation.ConversationId!, conversation.Token!, "hello", "client-1");
        await client.PostMessageAsync(conversation.ConversationId!, conversation.Token!, "hello again", "client-2");
        var activities = (await client.GetActivitiesAsync(conversation.ConversationId!, conversation.Token!)).Activities;

        Assert.Equal(5, activities.Count);
        Assert.Equal(Enumerable.Range(1, 5).Select(i => (long)i), activities.Select(SequenceId));
        for (var i = 1; i < activities.Count; i++)
        {
            Assert.True(activities[i].Timestamp > activities[i - 1].Timestamp, $"Activity {i + 1} is not later than activity {i}.");
        }
    }

    [Fact]
    public async Task Post_ClientSequenceId_Replaced()
    {
        var client = _factory.CreateDirectLineClient();
        var conversation = await client.StartNewConversationAsync();

        await client.PostMessageAsync(conversation.ConversationId!, conversation.Token!, "hello", "client-1");
        var echo = (await client.GetActivitiesAsync(conversation.ConversationId!, conversation.Token!, "1")).Activities[0];

        Assert.Equal(2, SequenceId(echo));
        Assert.Equal("client-1", echo.GetChannelDataString("clientActivityID"));
    }

    private IDirectLineStore CreateStore(string kind, TimeProvider time)
    {
        var options = Options.Create(new DirectLineOptions());
        return kind == "sqlite"
            ? new SqliteDirectLineStore(new SqliteDatabase(_path), options, time)
            : new MemoryDirectLineStore(options, time);
    }

    private static long SequenceId(Activity activity) =>
        activity.ChannelData!.Value.GetProperty(ActivityOrder.SequenceIdProperty).GetInt64();

    private sealed class FixedTimeProvider(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
