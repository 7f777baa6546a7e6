using HelpBot.Dialogs.FollowUp;
using HelpBot.Domain.Tickets;
using HelpBot.Runtime.Storage;
using Microsoft.Extensions.Time.Testing;
using static HelpBot.Dialogs.Tests.FollowUp.FollowUpHost;

namespace HelpBot.Dialogs.Tests.FollowUp;

public sealed class ReminderWorkerTests
{
    [Fact]
    public async Task Start_RemindersDue_SendsThemAtOnce()
    {
        var time = new FakeTimeProvider(Monday10);
        await using var host = new FollowUpHost(new MemoryStorage(time), time, new RecordingProactiveSender());
        await host.CreateCallAsync(TimeFrame.Days(3));
        time.Advance(TimeSpan.FromDays(3));

        // ExecuteAsync runs in the background, so the test waits for the start-up scan to deliver.
        await host.Worker.StartAsync(CancellationToken.None);
        await WaitForAsync(() => host.Sender.Delivered.Count > 0, TimeSpan.FromSeconds(5));
        await host.Worker.StopAsync(CancellationToken.None);

        Assert.Single(host.Sender.Delivered.WithStep(FollowUpSteps.Reminder));
    }

    [Fact]
    public async Task Timer_ReminderComesDue_SendsAtNextScan()
    {
        var time = new FakeTimeProvider(Monday10);
        await using var host = new FollowUpHost(new MemoryStorage(time), time, new RecordingProactiveSender());
        await host.CreateCallAsync(TimeFrame.Days(3));
        await host.Worker.StartAsync(CancellationToken.None);
        time.Advance(TimeSpan.FromDays(3).Subtract(TimeSpan.FromMinutes(1)));

        await WaitForAsync(() => false, TimeSpan.FromMilliseconds(200));
        var beforeDue = host.Sender.Delivered.Count;
        time.Advance(TimeSpan.FromMinutes(1));
        await WaitForAsync(() => host.Sender.Delivered.Count > 0, TimeSpan.FromSeconds(5));
        await host.Worker.StopAsync(CancellationToken.None);

        Assert.Equal(0, beforeDue);
        Assert.Single(host.Sender.Delivered);
    }

    [Fact]
    public async Task ScanOnce_SenderThrows_CountsNothingAndKeepsRunning()
    {
        var time = new FakeTimeProvider(Monday10);
        var sender = new RecordingProactiveSender { Result = _ => throw new HttpRequestException("connection refused") };
        await using var host = new FollowUpHost(new MemoryStorage(time), time, sender);
        await host.CreateCallAsync(TimeFrame.Days(3));
        time.Advance(TimeSpan.FromDays(3));

        var delivered = await host.Worker.ScanOnceAsync(CancellationToken.None);

        Assert.Equal(0, delivered);
        Assert.NotEmpty((await host.Tickets.ListDueAsync(time.GetUtcNow().AddMinutes(15))));
    }

    internal static async Task WaitForAsync(Func<bool> condition, TimeSpan timeout)
    {
        var end = DateTime.UtcNow + timeout;
        while (!condition() && DateTime.UtcNow < end)
        {
            await Task.Delay(20);
        }
    }
}
