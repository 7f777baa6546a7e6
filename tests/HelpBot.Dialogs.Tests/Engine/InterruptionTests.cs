using HelpBot.Dialogs.Engine;
using HelpBot.Dialogs.Engine.Commands;
using HelpBot.Dialogs.Engine.Prompts;
using HelpBot.Dialogs.Engine.Waterfall;
using HelpBot.Protocol.Models;
using HelpBot.Runtime.Turns;
using HelpBot.Testing;

namespace HelpBot.Dialogs.Tests.Engine;

public class InterruptionTests
{
    private static readonly DialogMessages Messages = new();

    [Theory]
    [InlineData("help", DialogCommands.Help)]
    [InlineData("  HELP!  ", DialogCommands.Help)]
    [InlineData("?", DialogCommands.Help)]
    [InlineData("??", DialogCommands.Help)]
    [InlineData("Cancel.", DialogCommands.Cancel)]
    [InlineData("stop", DialogCommands.Cancel)]
    [InlineData("Quit", DialogCommands.Cancel)]
    [InlineData("Start over", DialogCommands.StartOver)]
    [InlineData("start-over", DialogCommands.StartOver)]
    [InlineData("restart", DialogCommands.StartOver)]
    [InlineData("back", DialogCommands.Back)]
    [InlineData("Go back.", DialogCommands.Back)]
    [InlineData("previous", DialogCommands.Back)]
    [InlineData("help me fill this in", null)]
    [InlineData("the back button is broken", null)]
    [InlineData("", null)]
    public void Recognize_TypedText_ReturnsCommand(string text, string? expected)
    {
        var recognizer = new CommandRecognizer(CommandPhrases.CreateDefaults());

        Assert.Equal(expected, recognizer.Recognize(new Activity { Type = ActivityTypes.Message, Text = text }));
    }

    [Fact]
    public void CommandRecognizer_PhraseForTwoCommands_Throws()
    {
        var commands = CommandPhrases.CreateDefaults();
        commands["topics"] = ["Help"];

        Assert.Throws<ArgumentException>(() => new CommandRecognizer(commands));
    }

    [Fact]
    public async Task Help_WithPromptHelpText_ShowsItAndAsksAgain()
    {
        await CreateFlow()
            .Send("hi")
            .AssertReply("Page address?")
            .Send("help")
            .AssertReply("Copy the address from the browser's address bar.")
            .AssertReply("Page address?")
            .Send("https://example.org/page")
            .AssertReply("Next question?")
            .StartTestAsync();
    }

    [Fact]
    public async Task Help_WithoutPromptHelpText_ShowsAppGeneralHelp()
    {
        await CreateFlow(new RecordingHooks { GeneralHelp = "HelpBot helps you report website problems." })
            .Send("hi")
            .AssertReply("Page address?")
            .Send("https://example.org/page")
            .AssertReply("Next question?")
            .Send("?")
            .AssertReply("HelpBot helps you report website problems.")
            .AssertReply("Next question?")
            .StartTestAsync();
    }

    [Fact]
    public async Task Help_WithoutAnyHelp_ShowsEngineGeneralHelp()
    {
        await CreateFlow()
            .Send("hi")
            .AssertReply("Page address?")
            .Send("anything")
            .AssertReply("Next question?")
            .Send("help")
            .AssertReply(Messages.GeneralHelp)
            .AssertReply("Next question?")
            .StartTestAsync();
    }

    [Fact]
    public async Task Cancel_EndsDialogsAndRunsHook()
    {
        var hooks = new RecordingHooks();
        await CreateFlow(hooks)
            .Send("hi")
            .AssertReply("Page address?")
            .Send("cancel")
            .AssertReply(Messages.Cancelled)
            .AssertReply("Menu: report a problem, check a ticket")
            .Do(() =>
            {
                Assert.Equal(1, hooks.CancelCount);
                return Task.CompletedTask;
            })
            .Send("hello again")
            .AssertReply("Page address?")
            .StartTestAsync();
    }

    [Fact]
    public async Task StartOver_ActiveStack_BeginsRootAgain()
    {
        var hooks = new RecordingHooks();
        await CreateFlow(hooks)
            .Send("hi")
            .AssertReply("Page address?")
            .Send("https://example.org/page")
            .AssertReply("Next question?")
            .Send("Start over")
            .AssertReply(Messages.StartingOver)
            .AssertReply("Page address?")
            .Do(() =>
            {
                Assert.Equal(1, hooks.StartOverCount);
                return Task.CompletedTask;
            })
            .StartTestAsync();
    }

    [Fact]
    public async Task CommandSubmit_Back_GoesBack()
    {
        await CreateFlow()
            .Send("hi")
            .AssertReply("Page address?")
            .Send("https://example.org/page")
            .AssertReply("Next question?")
            .SendValue($$"""{"{{SubmitDataKeys.Command}}":"{{DialogCommands.Back}}"}""")
            .AssertReply("Page address?")
            .StartTestAsync();
    }

    [Fact]
    public async Task AppCommand_HandledByHook_KeepsQuestionActive()
    {
        var options = new DialogEngineOptions();
        options.Commands["helpTopics"] = ["help topics", "topics"];
        var flow = EngineTestBot.CreateFlow(CreateDialogs, new RecordingHooks(), options: options);

        await flow
            .Send("hi")
            .AssertReply("Page address?")
            .Send("Help topics")
            .AssertReply("Topics: PEAK, Connect for Health Colorado")
            .AssertReply("Page address?")
            .Send("https://example.org/page")
            .AssertReply("Next question?")
            .StartTestAsync();
    }

    [Fact]
    public async Task Help_EmptyStack_SendsGeneralHelpWithoutBack()
    {
        await CreateFlow()
            .Send("help")
            .AssertReply(Messages.GeneralHelpWithoutBack)
            .AssertNoMoreReplies()
            .StartTestAsync();
    }

    [Fact]
    public async Task Help_FirstQuestionWithoutHelp_LeavesOutBack()
    {
        await EngineTestBot.CreateSinglePromptFlow(() => new TextPrompt(EngineTestBot.PromptId), PromptOptions.FromText("Describe the problem."))
            .Send("hi")
            .AssertReply("Describe the problem.")
            .Send("help")
            .AssertReplySatisfies(reply =>
            {
                Assert.Equal(Messages.GeneralHelpWithoutBack, reply.Text);
                Assert.DoesNotContain("back", reply.Text, StringComparison.OrdinalIgnoreCase);
            })
            .AssertReply("Describe the problem.")
            .StartTestAsync();
    }

    [Fact]
    public async Task Help_NothingToCancel_LeavesOutCancel()
    {
        await EngineTestBot.CreateSinglePromptFlow(() => new TextPrompt(EngineTestBot.PromptId), PromptOptions.FromText("Describe the problem."), new NoCancelHooks())
            .Send("hi")
            .AssertReply("Describe the problem.")
            .Send("help")
            .AssertReplySatisfies(reply =>
            {
                Assert.Equal(Messages.GeneralHelpWithoutBackOrCancel, reply.Text);
                Assert.DoesNotContain("cancel", reply.Text, StringComparison.OrdinalIgnoreCase);
            })
            .AssertReply("Describe the problem.")
            .StartTestAsync();
    }

    [Fact]
    public async Task HelpHint_NothingToCancel_LeavesOutCancel()
    {
        var options = PromptOptions.FromText("Describe the problem.");
        options.Validation = new PromptValidationSettings { MinLength = 10 };
        await EngineTestBot.CreateSinglePromptFlow(() => new TextPrompt(EngineTestBot.PromptId), options, new NoCancelHooks())
            .Send("hi").AssertReply("Describe the problem.")
            .Send("a1").AssertReplySatisfies(_ => { }).AssertReply("Describe the problem.")
            .Send("a2").AssertReplySatisfies(_ => { }).AssertReply("Describe the problem.")
            .Send("a3")
            .AssertReplySatisfies(reply =>
            {
                Assert.Contains(Messages.HelpHintWithoutBackOrCancel, reply.Text, StringComparison.Ordinal);
                Assert.DoesNotContain("cancel", reply.Text, StringComparison.OrdinalIgnoreCase);
            })
            .StartTestAsync();
    }

    private sealed class NoCancelHooks : DialogHooks
    {
        public override bool CanCancel(DialogContext dc) => false;
    }

    private static TestFlow CreateFlow(DialogHooks? hooks = null) => EngineTestBot.CreateFlow(CreateDialogs, hooks);

    private static DialogSet CreateDialogs() => new DialogSet()
        .Add(new TextPrompt("text"))
        .Add(new WaterfallDialog(EngineTestBot.RootId,
        [
            (step, ct) => step.PromptAsync("text", PromptOptions.FromText("Page address?", "Copy the address from the browser's address bar."), ct),
            (step, ct) => step.PromptAsync("text", PromptOptions.FromText("Next question?"), ct),
            (step, ct) => step.EndDialogAsync(null, ct),
        ]));

    private sealed class RecordingHooks : DialogHooks
    {
        public string? GeneralHelp { get; init; }

        public int CancelCount { get; private set; }

        public int StartOverCount { get; private set; }

        public override async Task<bool> OnCommandAsync(DialogContext dc, string command, CancellationToken cancellationToken)
        {
            if (command != "helpTopics")
            {
                return false;
            }

            await dc.Turn.SendTextAsync("Topics: PEAK, Connect for Health Colorado", cancellationToken);
            await dc.RepromptDialogAsync(cancellationToken);
            return true;
        }

        public override Task<string?> GetGeneralHelpAsync(DialogContext dc, CancellationToken cancellationToken) =>
            Task.FromResult(GeneralHelp);

        public override async Task OnCancelledAsync(DialogContext dc, CancellationToken cancellationToken)
        {
            CancelCount++;
            await dc.Turn.SendTextAsync("Menu: report a problem, check a ticket", cancellationToken);
        }

        public override Task OnStartingOverAsync(DialogContext dc, CancellationToken cancellationToken)
        {
            StartOverCount++;
            return Task.CompletedTask;
        }
    }
}
