using HelpBot.Bot.Channels.DirectLine;
using HelpBot.Protocol.Models;

namespace HelpBot.Bot.Tests.DirectLine;

public sealed class DirectLineLiveActivitiesTests
{
    private readonly ManualTimeProvider _time = new();

    [Fact]
    public void Restore_WithinLifetime_ReturnsSent()
    {
        var live = new DirectLineLiveActivities(_time);
        live.Add(Message("c1|0000002", "call 303-555-0147"));
        _time.Now += DirectLineLiveActivities.Lifetime - TimeSpan.FromSeconds(1);

        var restored = live.Restore([Message("c1|0000001", "hello"), Message("c1|0000002", "call [PHONE]")]);

        Assert.Equal("hello", restored[0].Text);
        Assert.Equal("call 303-555-0147", restored[1].Text);
    }

    [Fact]
    public void Restore_AfterLifetime_ReturnsStored()
    {
        var live = new DirectLineLiveActivities(_time);
        live.Add(Message("c1|0000002", "call 303-555-0147"));
        _time.Now += DirectLineLiveActivities.Lifetime;

        var restored = live.Restore([Message("c1|0000002", "call [PHONE]")]);

        Assert.Equal("call [PHONE]", restored[0].Text);
    }

    [Fact]
    public void Add_LaterChange_KeepsCopyAsAdded()
    {
        var live = new DirectLineLiveActivities(_time);
        var sent = Message("c1|0000002", "call 303-555-0147");
        live.Add(sent);
        sent.Text = "changed";

        var restored = live.Restore([Message("c1|0000002", "call [PHONE]")]);

        Assert.Equal("call 303-555-0147", restored[0].Text);
    }

    [Fact]
    public void Add_OverMaxCount_DropsOldest()
    {
        var live = new DirectLineLiveActivities(_time);
        for (var i = 0; i <= DirectLineLiveActivities.MaxCount; i++)
        {
            live.Add(Message($"c1|{i:D7}", $"sent {i}"));
        }

        var restored = live.Restore([Message("c1|0000000", "stored 0"), Message("c1|0000001", "stored 1")]);

        Assert.Equal("stored 0", restored[0].Text);
        Assert.Equal("sent 1", restored[1].Text);
    }

    private static Activity Message(string id, string text) => new() { Type = ActivityTypes.Message, Id = id, Text = text };

    private sealed class ManualTimeProvider : TimeProvider
    {
        public DateTimeOffset Now { get; set; } = new(2030, 1, 1, 12, 0, 0, TimeSpan.Zero);

        public override DateTimeOffset GetUtcNow() => Now;
    }
}
