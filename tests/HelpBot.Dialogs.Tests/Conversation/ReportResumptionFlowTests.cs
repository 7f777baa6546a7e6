using System.Text;
using HelpBot.Dialogs.Conversation.Markers;
using HelpBot.Protocol.Models;
using HelpBot.Runtime.State;
using HelpBot.Runtime.Storage;
using HelpBot.Testing;
using Microsoft.Extensions.Time.Testing;

namespace HelpBot.Dialogs.Tests.Conversation;

/// <summary>
/// A report left unfinished in one conversation, offered in the user's next conversation on the same channel:
/// continued with its answers, or deleted when the user starts fresh. Every value is fake.
/// </summary>
public sealed class ReportResumptionFlowTests
{
    private const string ConnectReport =
        "Connect for Health shows the error ERR-77 when my client clicks the create account button on " +
        "https://connectforhealthco.com/login-portal/ today at 9am.";

    private readonly MemoryStorage _storage = new();
    private readonly FakeTimeProvider _time = new(ConversationHarness.Start);

    [Fact]
    public async Task NewConversation_Continue_AsksNextOpenQuestion()
    {
        await LeaveReportUnfinishedAsync();

        await Flow("conversation-2")
            .Send("hi")
            .AssertSays(ConversationSteps.Welcome)
            .AssertAsks(ConversationPrompts.ResumeReport, check: reply =>
            {
                Assert.Contains("Connect for Health Colorado", reply.Text, StringComparison.Ordinal);
                Assert.Contains("last changed", reply.Text, StringComparison.Ordinal);
            })
            .Send("continue")
            .AssertSays(ConversationSteps.ReportResumed)
            .AssertAsks(ConversationPrompts.Field, "os")
            .Send("Windows 11")
            .AssertAsks(ConversationPrompts.Field, "browser")
            .StartTestAsync();

        Assert.Null(await ReadAsync(StateKeys.Conversation(ChannelIds.Test, "conversation-1")));
    }

    [Fact]
    public async Task NewConversation_StartFresh_DeletesOldReport()
    {
        await LeaveReportUnfinishedAsync();

        await Flow("conversation-2")
            .Send("hi")
            .AssertSays(ConversationSteps.Welcome)
            .AssertAsks(ConversationPrompts.ResumeReport)
            .Send("start fresh")
            .AssertAsks(ConversationPrompts.Menu)
            .StartTestAsync();

        Assert.Null(await ReadAsync(StateKeys.Conversation(ChannelIds.Test, "conversation-1")));
        await Flow("conversation-3")
            .Send("hi")
            .AssertSays(ConversationSteps.Welcome)
            .AssertAsks(ConversationPrompts.Menu)
            .StartTestAsync();
    }

    [Fact]
    public async Task StartFresh_ThenBack_ContinuesOldReport()
    {
        await LeaveReportUnfinishedAsync();

        await Flow("conversation-2")
            .Send("hi")
            .AssertSays(ConversationSteps.Welcome)
            .AssertAsks(ConversationPrompts.ResumeReport)
            .Send("no")
            .AssertNextContains("type 'back'")
            .AssertAsks(ConversationPrompts.Menu)
            .Send("back")
            .AssertSays(ConversationSteps.ReportResumed)
            .AssertAsks(ConversationPrompts.Field, "os")
            .Send("Windows 11")
            .AssertAsks(ConversationPrompts.Field, "browser")
            .StartTestAsync();
    }

    private const string NewProblem = "PEAK shows a blank page after the client signs in to upload documents.";

    [Fact]
    public async Task Offer_DescriptionTypedThenStartFresh_ReportsNewProblem()
    {
        await LeaveReportUnfinishedAsync();

        await Flow("conversation-2")
            .Send("hi")
            .AssertSays(ConversationSteps.Welcome)
            .AssertAsks(ConversationPrompts.ResumeReport)
            .Send(NewProblem)
            .AssertNextContains("I kept the problem you just described")
            .AssertAsks(ConversationPrompts.ResumeReport)
            .Send("start fresh")
            .AssertAsks(ConversationPrompts.Tips)
            .StartTestAsync();

        Assert.Null(await ReadAsync(StateKeys.Conversation(ChannelIds.Test, "conversation-1")));
    }

    [Fact]
    public async Task Offer_DescriptionTypedThenContinue_ReportsNewProblemAfterEarlierOne()
    {
        await LeaveReportUnfinishedAsync();

        await Flow("conversation-2")
            .Send("hi")
            .AssertSays(ConversationSteps.Welcome)
            .AssertAsks(ConversationPrompts.ResumeReport)
            .Send(NewProblem)
            .AssertAsks(ConversationPrompts.ResumeReport)
            .Send("continue")
            .AssertSays(ConversationSteps.ReportResumed, check: reply =>
                Assert.Contains("The problem you described here comes next", reply.Text, StringComparison.Ordinal))
            .AssertAsks(ConversationPrompts.Field, "os")
            .Send("cancel")
            .AssertNextContains("Now to the problem you described here")
            .AssertAsks(ConversationPrompts.Tips)
            .StartTestAsync();
    }

    [Fact]
    public async Task Offer_Cancel_GoesToMenuWithoutOfferingAgain()
    {
        await LeaveReportUnfinishedAsync();

        await Flow("conversation-2")
            .Send("hi")
            .AssertSays(ConversationSteps.Welcome)
            .AssertAsks(ConversationPrompts.ResumeReport)
            .Send("cancel")
            .AssertAsks(ConversationPrompts.Menu)
            .StartTestAsync();

        Assert.NotNull(await ReadAsync(StateKeys.Conversation(ChannelIds.Test, "conversation-1")));
    }

    [Fact]
    public async Task NewConversation_OnJoin_OffersReport()
    {
        await LeaveReportUnfinishedAsync();
        var adapter = new TestAdapter("conversation-2") { LocalTimezone = "America/Denver" };

        await ConversationFlow.Create(_storage, _time, adapter)
            .Send(adapter.MakeConversationUpdate())
            .AssertSays(ConversationSteps.Welcome)
            .AssertAsks(ConversationPrompts.ResumeReport)
            .StartTestAsync();
    }

    [Fact]
    public async Task FinishedReport_NotOffered()
    {
        await Flow("conversation-1").Onboard()
            .Send(ConnectReport).AssertAsks(ConversationPrompts.Tips)
            .Send("cancel").AssertAsks(ConversationPrompts.Menu)
            .StartTestAsync();

        await Flow("conversation-2")
            .Send("hi")
            .AssertSays(ConversationSteps.Welcome)
            .AssertAsks(ConversationPrompts.Menu)
            .StartTestAsync();
    }

    [Fact]
    public async Task UserState_HoldsNoReportText()
    {
        await LeaveReportUnfinishedAsync();

        var user = await ReadAsync(StateKeys.User(ChannelIds.Test, "test-user"));

        Assert.NotNull(user);
        Assert.Contains("conversation-1", user, StringComparison.Ordinal);
        Assert.DoesNotContain("ERR-77", user, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ExpiredConversationState_NotOffered()
    {
        await LeaveReportUnfinishedAsync();
        await _storage.DeleteAsync([StateKeys.Conversation(ChannelIds.Test, "conversation-1")], CancellationToken.None);

        await Flow("conversation-2")
            .Send("hi")
            .AssertSays(ConversationSteps.Welcome)
            .AssertAsks(ConversationPrompts.Menu)
            .StartTestAsync();

        Assert.DoesNotContain("conversation-1", await ReadAsync(StateKeys.User(ChannelIds.Test, "test-user")), StringComparison.Ordinal);
    }

    // Onboards in conversation-1 and stops at the operating-system question, 40 minutes before the next conversation.
    private async Task LeaveReportUnfinishedAsync()
    {
        await Flow("conversation-1").Onboard()
            .Send(ConnectReport).AssertAsks(ConversationPrompts.Tips)
            .Send("still broken, tried all three").AssertAsks(ConversationPrompts.Field, "os")
            .StartTestAsync();
        _time.Advance(TimeSpan.FromMinutes(40));
    }

    private TestFlow Flow(string conversationId) =>
        ConversationFlow.Create(_storage, _time, new TestAdapter(conversationId) { LocalTimezone = "America/Denver" });

    private async Task<string?> ReadAsync(string key)
    {
        var items = await _storage.ReadAsync([key], CancellationToken.None);
        return items.TryGetValue(key, out var item) ? Encoding.UTF8.GetString(item.Json.Span) : null;
    }
}
