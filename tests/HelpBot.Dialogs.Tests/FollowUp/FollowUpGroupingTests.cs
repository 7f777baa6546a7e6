using HelpBot.Cards.Builders.FollowUp;
using HelpBot.Dialogs.FollowUp;
using HelpBot.Domain.Tickets;
using HelpBot.Protocol.Models;
using HelpBot.Runtime.Proactive;
using HelpBot.Runtime.Storage;
using Microsoft.Extensions.Time.Testing;
using static HelpBot.Dialogs.Tests.FollowUp.FollowUpHost;

namespace HelpBot.Dialogs.Tests.FollowUp;

/// <summary>
/// Reminders and supervisor prompts of several tickets that fall due at one scan: one message per
/// recipient, with a list card first and each ticket's own card and buttons after it.
/// </summary>
public sealed class FollowUpGroupingTests : IAsyncDisposable
{
    private readonly FollowUpHost _host;

    public FollowUpGroupingTests()
    {
        var time = new FakeTimeProvider(Monday10);
        _host = new FollowUpHost(new MemoryStorage(time), time, new RecordingProactiveSender());
    }

    public ValueTask DisposeAsync() => _host.DisposeAsync();

    [Fact]
    public async Task SendDue_ThreeTicketsOfOneOwner_SendsOneMessage()
    {
        var tickets = await CreateCallsAsync(3);
        _host.AdvanceTo(Monday10.AddDays(3));

        var sent = await _host.FollowUp.SendDueAsync(CancellationToken.None);

        Assert.Equal(3, sent);
        var (address, activity) = Assert.Single(_host.Sender.Delivered);
        Assert.Equal(new ProactiveAddress(Channel, Owner, OwnerConversation), address);
        Assert.Equal(FollowUpSteps.Reminder, activity.Step());
        Assert.Equal(4, activity.Attachments!.Count);
        Assert.Equal("list", activity.AttachmentLayout);
        Assert.Contains("No update yet on 3 tickets", activity.Text, StringComparison.Ordinal);
        foreach (var ticket in tickets)
        {
            Assert.Single(TicketIdsOfSubmits(activity, FollowUpActions.Resolve), id => id == ticket.Id);
            Assert.Single(TicketIdsOfSubmits(activity, FollowUpActions.SetCallDetails), id => id == ticket.Id);
        }
    }

    [Fact]
    public async Task SendDue_TwoOwners_SendsOneMessageEach()
    {
        await CreateCallsAsync(2);
        await CreateCallsAsync(2, "owner-2");
        _host.AdvanceTo(Monday10.AddDays(3));

        await _host.FollowUp.SendDueAsync(CancellationToken.None);

        var reminders = _host.Sender.Delivered.WithStep(FollowUpSteps.Reminder);
        Assert.Equal(2, reminders.Count);
        Assert.Single(reminders, item => item.Address.UserId == Owner && item.Activity.Attachments!.Count == 3);
        Assert.Single(reminders, item => item.Address.UserId == "owner-2" && item.Activity.Attachments!.Count == 3);
    }

    [Fact]
    public async Task SendDue_OneTicketDue_SendsItsCardAlone()
    {
        await CreateCallsAsync(1);
        _host.AdvanceTo(Monday10.AddDays(3));

        await _host.FollowUp.SendDueAsync(CancellationToken.None);

        var (_, activity) = Assert.Single(_host.Sender.Delivered);
        Assert.Single(activity.Attachments!);
        Assert.StartsWith("No update yet on ticket HB-", activity.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SendDue_ElevenTickets_SplitsAtTenPerMessage()
    {
        await CreateCallsAsync(NoticeMessage.MaxTickets + 1);
        _host.AdvanceTo(Monday10.AddDays(3));

        var sent = await _host.FollowUp.SendDueAsync(CancellationToken.None);

        Assert.Equal(NoticeMessage.MaxTickets + 1, sent);
        var counts = _host.Sender.Delivered.Select(item => item.Activity.Attachments!.Count).ToList();
        Assert.Equal([NoticeMessage.MaxTickets + 1, 1], counts);
    }

    [Fact]
    public async Task SendDue_StillOpenNextInterval_PromptsSupervisorOnce()
    {
        var tickets = await CreateCallsAsync(2);
        _host.AdvanceTo(Monday10.AddDays(3));
        await _host.FollowUp.SendDueAsync(CancellationToken.None);
        _host.Sender.Clear();
        _host.AdvanceTo(Monday10.AddDays(4));

        await _host.FollowUp.SendDueAsync(CancellationToken.None);

        // The reminders of the first message are still open, so the second interval's are skipped but count.
        Assert.Empty(_host.Sender.Delivered.WithStep(FollowUpSteps.Reminder));
        var (address, activity) = Assert.Single(_host.Sender.Delivered.WithStep(FollowUpSteps.Escalation));
        Assert.Equal(Supervisor, address.UserId);
        Assert.Equal(3, activity.Attachments!.Count);
        Assert.Contains("2 tickets need a supervisor", activity.Text, StringComparison.Ordinal);
        foreach (var ticket in tickets)
        {
            Assert.Single(TicketIdsOfSubmits(activity, FollowUpActions.Acknowledge), id => id == ticket.Id);
            Assert.Equal(2, (await _host.Tickets.GetAsync(ticket.Id))!.RemindersSent);
        }
    }

    [Fact]
    public async Task SendDue_ConversationInTurn_HoldsWholeMessage()
    {
        await CreateCallsAsync(2);
        _host.AdvanceTo(Monday10.AddDays(3));

        using (var lease = await _host.ConversationLock.AcquireAsync(Channel, OwnerConversation, CancellationToken.None))
        {
            Assert.Equal(0, await _host.FollowUp.SendDueAsync(CancellationToken.None));
            Assert.Empty(_host.Sender.Delivered);
        }

        _host.AdvanceTo(Monday10.AddDays(3).AddMinutes(1));
        await _host.FollowUp.SendDueAsync(CancellationToken.None);

        var (_, activity) = Assert.Single(_host.Sender.Delivered);
        Assert.Equal(3, activity.Attachments!.Count);
    }

    [Fact]
    public async Task SendDue_DeliveryFails_RetriesTicketsTogether()
    {
        await CreateCallsAsync(2);
        _host.AdvanceTo(Monday10.AddDays(3));
        _host.Sender.Result = _ => ProactiveDelivery.Failed;
        await _host.FollowUp.SendDueAsync(CancellationToken.None);
        _host.Sender.Result = _ => ProactiveDelivery.Sent;
        _host.Time.Advance(TimeSpan.FromMinutes(15));

        var retried = await _host.FollowUp.SendDueAsync(CancellationToken.None);

        Assert.Equal(2, retried);
        var (_, activity) = Assert.Single(_host.Sender.Delivered);
        Assert.Equal(3, activity.Attachments!.Count);
    }

    [Fact]
    public async Task SendDue_TicketsFromTwoConversations_PostsToNewest()
    {
        await CreateCallsAsync(1);
        _host.Time.Advance(TimeSpan.FromMinutes(5));
        var created = await _host.CreateCallAsync(TimeFrame.Days(3));
        var newer = (await _host.Tickets.GetAsync(created.Id))!;
        newer.ConversationId = "conv-owner-2";
        await _host.Tickets.UpdateAsync(newer);
        _host.AdvanceTo(Monday10.AddDays(3).AddMinutes(5));

        await _host.FollowUp.SendDueAsync(CancellationToken.None);

        var (address, activity) = Assert.Single(_host.Sender.Delivered);
        Assert.Equal("conv-owner-2", address.ConversationId);
        Assert.Equal(3, activity.Attachments!.Count);
    }

    private async Task<List<Ticket>> CreateCallsAsync(int count, string owner = Owner)
    {
        var tickets = new List<Ticket>();
        for (var i = 0; i < count; i++)
        {
            tickets.Add(await _host.CreateCallAsync(TimeFrame.Days(3), owner));
        }

        return tickets;
    }

    private static List<string?> TicketIdsOfSubmits(Activity activity, string action) =>
        [.. activity.Attachments!
            .SelectMany(attachment => Submits(attachment.Content!.Value))
            .Where(data => data.GetProperty("action").GetString() == action)
            .Select(data => data.GetProperty(FollowUpKeys.TicketId).GetString())];

    private static IEnumerable<System.Text.Json.JsonElement> Submits(System.Text.Json.JsonElement node)
    {
        if (node.ValueKind == System.Text.Json.JsonValueKind.Array)
        {
            return node.EnumerateArray().SelectMany(Submits);
        }

        if (node.ValueKind != System.Text.Json.JsonValueKind.Object)
        {
            return [];
        }

        var own = node.TryGetProperty("type", out var type) && type.GetString() == "Action.Submit" ? [node.GetProperty("data")] : Array.Empty<System.Text.Json.JsonElement>();
        return own.Concat(node.EnumerateObject().SelectMany(property => Submits(property.Value)));
    }
}
