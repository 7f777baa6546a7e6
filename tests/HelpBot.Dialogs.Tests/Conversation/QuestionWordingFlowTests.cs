using System.Text.Json;
using HelpBot.Dialogs.Conversation;
using HelpBot.Dialogs.Conversation.Markers;
using HelpBot.Dialogs.Engine;
using HelpBot.Dialogs.Engine.Prompts;
using HelpBot.Dialogs.Engine.Waterfall;
using HelpBot.Dialogs.Tests.Engine;
using HelpBot.Protocol.Models;
using HelpBot.Runtime.Storage;
using HelpBot.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace HelpBot.Dialogs.Tests.Conversation;

/// <summary>
/// The operating-system question worded for the device the report is about, and the hints that name "back"
/// only where there is a previous question.
/// </summary>
public sealed class QuestionWordingFlowTests
{
    private const string ComputerQuestion = "Which operating system does the computer use (for example Windows or Mac)?";
    private const string PhoneQuestion = "Which operating system does the phone or tablet use (for example iOS or Android)?";

    private const string ConnectOnComputer =
        "Connect for Health shows the error ERR-77 when my client clicks the create account button on " +
        "https://connectforhealthco.com/login-portal/ today at 9am.";

    private const string ConnectOnPhone =
        "Connect for Health shows the error ERR-77 on her phone when my client clicks the create account button on " +
        "https://connectforhealthco.com/login-portal/ today at 9am.";

    private const string IphoneUserAgent =
        "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1";

    [Fact]
    public async Task OsQuestion_ReportOnComputer_NamesComputer()
    {
        await ConversationFlow.Create().Onboard()
            .Send(ConnectOnComputer).AssertAsks(ConversationPrompts.Tips)
            .Send("still broken, tried all three")
            .AssertAsks(ConversationPrompts.Field, "os", reply => Assert.StartsWith(ComputerQuestion, reply.Text, StringComparison.Ordinal))
            .StartTestAsync();
    }

    [Fact]
    public async Task OsQuestion_ReportOnPhone_NamesPhone()
    {
        await ConversationFlow.Create().Onboard()
            .Send(ConnectOnPhone).AssertAsks(ConversationPrompts.Tips)
            .Send("still broken, tried all three")
            .AssertAsks(ConversationPrompts.Field, "os", reply =>
            {
                Assert.StartsWith(PhoneQuestion, reply.Text, StringComparison.Ordinal);
                Assert.DoesNotContain("computer", reply.Text, StringComparison.Ordinal);
                Assert.Contains(PhoneQuestion, reply.Attachments!.Single().Content!.Value.GetRawText(), StringComparison.Ordinal);
            })
            .StartTestAsync();
    }

    [Fact]
    public async Task OsQuestion_PhoneAtAddressQuestion_NamesPhone()
    {
        const string NoAddress = "Connect for Health shows the error ERR-77 when my client clicks the create account button today at 9am.";
        await ConversationFlow.Create().Onboard()
            .Send(NoAddress).AssertAsks(ConversationPrompts.Tips)
            .Send("still broken, tried all three").AssertAsks(ConversationPrompts.PageAddress)
            .Send("on her phone").AssertAsks(ConversationPrompts.PageAddress)
            .Send("https://connectforhealthco.com/login-portal/")
            .AssertAsks(ConversationPrompts.Field, "os", reply => Assert.StartsWith(PhoneQuestion, reply.Text, StringComparison.Ordinal))
            .StartTestAsync();
    }

    [Fact]
    public async Task OsQuestion_WebChatOnIphone_NamesPhone()
    {
        var join = new Activity
        {
            Type = ActivityTypes.Event,
            Name = "webchat/join",
            Value = JsonSerializer.SerializeToElement(new Dictionary<string, string> { ["timezone"] = "America/Denver", ["userAgent"] = IphoneUserAgent }),
        };

        await ConversationFlow.Create()
            .Send(join).AssertNoReply()
            .Onboard()
            .Send(ConnectOnComputer).AssertAsks(ConversationPrompts.Tips)
            .Send("still broken, tried all three")
            .AssertAsks(ConversationPrompts.Field, "os", reply =>
            {
                Assert.StartsWith(PhoneQuestion, reply.Text, StringComparison.Ordinal);
                Assert.Contains("I have: iOS", reply.Text, StringComparison.Ordinal);
            })
            .StartTestAsync();
    }

    [Fact]
    public async Task Checklist_ReportOnPhone_NamesPhoneOs()
    {
        await ConversationFlow.Create().Onboard()
            .Send(ConnectOnPhone).AssertAsks(ConversationPrompts.Tips)
            .Send("still broken, tried all three").AssertAsks(ConversationPrompts.Field, "os")
            .Send("iOS").AssertAsks(ConversationPrompts.Field, "device")
            .Send("iPhone").AssertAsks(ConversationPrompts.Field, "browser")
            .Send("Safari").AssertAsks(ConversationPrompts.Field, "impact")
            .Send("The client could not enroll")
            .AssertSays(ConversationSteps.Checklist, reply =>
            {
                Assert.Contains("Which operating system the phone or tablet uses (for example iOS or Android): iOS", reply.Text, StringComparison.Ordinal);
                Assert.DoesNotContain("computer", reply.Text, StringComparison.Ordinal);
                Assert.DoesNotContain("computer", reply.Attachments!.Single().Content!.Value.GetRawText(), StringComparison.Ordinal);
            })
            .StartTestAsync();
    }

    [Fact]
    public async Task Checklist_WebChatOnIphone_NamesPhoneOs()
    {
        await ConversationFlow.Create()
            .Send(IphoneJoin()).AssertNoReply()
            .Onboard()
            .Send(ConnectOnComputer).AssertAsks(ConversationPrompts.Tips)
            .Send("still broken, tried all three").AssertAsks(ConversationPrompts.Field, "os")
            .Send("keep").AssertAsks(ConversationPrompts.Field, "browser")
            .Send("Safari").AssertAsks(ConversationPrompts.Field, "impact")
            .Send("The client could not enroll")
            .AssertSays(ConversationSteps.Checklist, reply =>
            {
                Assert.Contains("Which operating system the phone or tablet uses (for example iOS or Android): iOS", reply.Text, StringComparison.Ordinal);
                Assert.DoesNotContain("computer", reply.Text, StringComparison.Ordinal);
            })
            .StartTestAsync();
    }

    [Fact]
    public async Task BrowserAtOsQuestion_RetryNamesPhoneSystems()
    {
        await ConversationFlow.Create().Onboard()
            .Send(ConnectOnPhone).AssertAsks(ConversationPrompts.Tips)
            .Send("still broken, tried all three").AssertAsks(ConversationPrompts.Field, "os")
            .Send("Chrome")
            .AssertReplySatisfies(reply =>
            {
                Assert.Contains("iOS or Android", reply.Text, StringComparison.Ordinal);
                Assert.DoesNotContain("computer", reply.Text, StringComparison.Ordinal);
            })
            .StartTestAsync();
    }

    [Fact]
    public async Task FirstQuestion_RepeatedFailures_HintLeavesOutBack()
    {
        await ConversationFlow.Create()
            .Send("hi").AssertAsks(ConversationPrompts.CbmsUser)
            .Send("banana").AssertAsks(ConversationPrompts.CbmsUser)
            .Send("banana").AssertAsks(ConversationPrompts.CbmsUser)
            .Send("banana")
            .AssertReplySatisfies(reply =>
            {
                Assert.Contains("type 'help'", reply.Text, StringComparison.Ordinal);
                Assert.DoesNotContain("'back'", reply.Text, StringComparison.Ordinal);
            })
            .StartTestAsync();
    }

    [Fact]
    public async Task FirstTimeQuestion_RepeatedFailures_HintLeavesOutCancel()
    {
        await ConversationFlow.Create()
            .Send("hi").AssertAsks(ConversationPrompts.CbmsUser)
            .Send("banana").AssertAsks(ConversationPrompts.CbmsUser)
            .Send("banana").AssertAsks(ConversationPrompts.CbmsUser)
            .Send("banana")
            .AssertReplySatisfies(reply =>
            {
                Assert.Contains("type 'help'", reply.Text, StringComparison.Ordinal);
                Assert.DoesNotContain("cancel", reply.Text, StringComparison.OrdinalIgnoreCase);
            })
            .StartTestAsync();
    }

    [Fact]
    public async Task RoleQuestion_RepeatedFailures_HintLeavesOutCancel()
    {
        await ConversationFlow.Create()
            .Send("hi").AssertAsks(ConversationPrompts.CbmsUser)
            .Send("no").AssertAsks(ConversationPrompts.Role)
            .Send("banana").AssertAsks(ConversationPrompts.Role)
            .Send("banana").AssertAsks(ConversationPrompts.Role)
            .Send("banana")
            .AssertReplySatisfies(reply =>
            {
                Assert.Contains("'back'", reply.Text, StringComparison.Ordinal);
                Assert.DoesNotContain("cancel", reply.Text, StringComparison.OrdinalIgnoreCase);
            })
            .StartTestAsync();
    }

    [Fact]
    public async Task ReportQuestion_RepeatedFailures_HintNamesCancel()
    {
        await ConversationFlow.Create().Onboard()
            .Send(ConnectOnComputer).AssertAsks(ConversationPrompts.Tips)
            .Send("still broken, tried all three").AssertAsks(ConversationPrompts.Field, "os")
            .Send("😭").AssertAsks(ConversationPrompts.Field, "os")
            .Send("😭").AssertAsks(ConversationPrompts.Field, "os")
            .Send("😭")
            .AssertReplySatisfies(reply => Assert.Contains("'cancel' to stop", reply.Text, StringComparison.Ordinal))
            .StartTestAsync();
    }

    [Fact]
    public async Task Welcome_BeforeFirstQuestion_NamesBackOnlyForLater()
    {
        await ConversationFlow.Create()
            .Send("hi")
            .AssertSays(ConversationSteps.Welcome, reply =>
            {
                Assert.DoesNotContain("'back' to change your last answer", reply.Text, StringComparison.Ordinal);
                Assert.Contains("Once you have answered a question, type 'back'", reply.Text, StringComparison.Ordinal);
                Assert.Contains("During a report, type 'start over'", reply.Text, StringComparison.Ordinal);
            })
            .AssertAsks(ConversationPrompts.CbmsUser)
            .StartTestAsync();
    }

    [Fact]
    public async Task GeneralHelp_FirstQuestion_LeavesOutBack()
    {
        await EngineTestBot.CreateSinglePromptFlow(() => new TextPrompt(EngineTestBot.PromptId), PromptOptions.FromText("Describe the problem."), CreateHooks())
            .Send("hi").AssertReply("Describe the problem.")
            .Send("help")
            .AssertReplySatisfies(reply =>
            {
                Assert.Contains("'help topics'", reply.Text, StringComparison.Ordinal);
                Assert.DoesNotContain("'back'", reply.Text, StringComparison.Ordinal);
            })
            .StartTestAsync();
    }

    [Fact]
    public async Task GeneralHelp_LaterQuestion_NamesBack()
    {
        var dialogs = new DialogSet()
            .Add(new TextPrompt("text"))
            .Add(new WaterfallDialog(EngineTestBot.RootId,
            [
                (step, ct) => step.PromptAsync("text", PromptOptions.FromText("Page address?"), ct),
                (step, ct) => step.PromptAsync("text", PromptOptions.FromText("Next question?"), ct),
                (step, ct) => step.EndDialogAsync(null, ct),
            ]));
        await EngineTestBot.CreateFlow(() => dialogs, CreateHooks())
            .Send("hi").AssertReply("Page address?")
            .Send("https://example.org/page").AssertReply("Next question?")
            .Send("help")
            .AssertReplySatisfies(reply => Assert.Contains("type 'back' to change your last answer", reply.Text, StringComparison.Ordinal))
            .StartTestAsync();
    }

    private static Activity IphoneJoin() => new()
    {
        Type = ActivityTypes.Event,
        Name = "webchat/join",
        Value = JsonSerializer.SerializeToElement(new Dictionary<string, string> { ["timezone"] = "America/Denver", ["userAgent"] = IphoneUserAgent }),
    };

    private static HelpBotDialogHooks CreateHooks() =>
        ConversationFlow.CreateServices(new MemoryStorage(), new FakeTimeProvider(ConversationHarness.Start)).GetRequiredService<HelpBotDialogHooks>();
}
