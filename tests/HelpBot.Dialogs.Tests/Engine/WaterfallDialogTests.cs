using System.Text.Json.Nodes;
using HelpBot.Dialogs.Engine;
using HelpBot.Dialogs.Engine.Prompts;
using HelpBot.Dialogs.Engine.Waterfall;
using HelpBot.Testing;

namespace HelpBot.Dialogs.Tests.Engine;

public class WaterfallDialogTests
{
    private static readonly DialogMessages Messages = new();

    [Fact]
    public async Task Waterfall_Steps_RunInOrderWithPreviousResult()
    {
        await CreateFlow()
            .Send("hi")
            .AssertReply("Name?")
            .Send("Dana")
            .AssertReply("County?")
            .Send("Denver")
            .AssertReply("Phone?")
            .Send("555-0100")
            .AssertReply("Done: name=Dana, county=Denver, phone=555-0100")
            .AssertNoMoreReplies()
            .StartTestAsync();
    }

    [Fact]
    public async Task Waterfall_NextAsync_SkipsQuestion()
    {
        await CreateFlow(skipCounty: true)
            .Send("hi")
            .AssertReply("Name?")
            .Send("Dana")
            .AssertReply("Phone?")
            .Send("555-0100")
            .AssertReply("Done: name=Dana, county=(skipped), phone=555-0100")
            .StartTestAsync();
    }

    [Fact]
    public async Task Back_AfterSecondQuestion_AsksFirstAgainKeepingAnswer()
    {
        await CreateFlow()
            .Send("hi")
            .AssertReply("Name?")
            .Send("Dana")
            .AssertReply("County?")
            .Send("back")
            .AssertReply("Name? (was Dana)")
            .Send("Dana Testperson")
            .AssertReply("County?")
            .Send("Adams")
            .AssertReply("Phone?")
            .Send("555-0101")
            .AssertReply("Done: name=Dana Testperson, county=Adams, phone=555-0101")
            .StartTestAsync();
    }

    [Fact]
    public async Task Back_OverSkippedStep_ReturnsToQuestionBeforeIt()
    {
        await CreateFlow(skipCounty: true)
            .Send("hi")
            .AssertReply("Name?")
            .Send("Dana")
            .AssertReply("Phone?")
            .Send("go back")
            .AssertReply("Name? (was Dana)")
            .Send("Dana")
            .AssertReply("Phone?")
            .StartTestAsync();
    }

    [Fact]
    public async Task Back_Twice_WalksBackTwoQuestions()
    {
        await CreateFlow()
            .Send("hi")
            .AssertReply("Name?")
            .Send("Dana")
            .AssertReply("County?")
            .Send("Denver")
            .AssertReply("Phone?")
            .Send("previous")
            .AssertReply("County?")
            .Send("Back!")
            .AssertReply("Name? (was Dana)")
            .StartTestAsync();
    }

    [Fact]
    public async Task Back_AtFirstQuestion_AsksAgain()
    {
        await CreateFlow()
            .Send("hi")
            .AssertReply("Name?")
            .Send("back")
            .AssertReply(Messages.NothingToGoBackTo)
            .AssertReply("Name?")
            .StartTestAsync();
    }

    [Fact]
    public async Task Back_FromChildFirstQuestion_ReturnsToParentQuestion()
    {
        await EngineTestBot.CreateFlow(CreateNestedDialogs)
            .Send("hi")
            .AssertReply("Parent question?")
            .Send("one")
            .AssertReply("Child question?")
            .Send("back")
            .AssertReply("Parent question?")
            .Send("two")
            .AssertReply("Child question?")
            .Send("answer")
            .AssertReply("Parent got: answer")
            .StartTestAsync();
    }

    [Fact]
    public async Task NextAsync_CalledTwice_Throws()
    {
        var dialogs = () => new DialogSet().Add(new WaterfallDialog(EngineTestBot.RootId,
        [
            async (step, ct) =>
            {
                await step.NextAsync(null, ct);
                return await step.NextAsync(null, ct);
            },
            (step, ct) => Task.FromResult(Dialog.EndOfTurn),
        ]));

        var flow = EngineTestBot.CreateFlow(dialogs).Send("hi");

        await Assert.ThrowsAsync<InvalidOperationException>(() => flow.StartTestAsync());
    }

    [Fact]
    public async Task Waterfall_StepWithoutPrompt_ReceivesTypedText()
    {
        var dialogs = () => new DialogSet().Add(new WaterfallDialog(EngineTestBot.RootId,
        [
            async (step, ct) =>
            {
                await step.SendTextAsync("Say anything.", ct);
                return Dialog.EndOfTurn;
            },
            async (step, ct) =>
            {
                await step.SendTextAsync($"You said {step.ResultText}", ct);
                return await step.EndDialogAsync(null, ct);
            },
        ]));

        await EngineTestBot.CreateFlow(dialogs)
            .Send("hi")
            .AssertReply("Say anything.")
            .Send("hello there")
            .AssertReply("You said hello there")
            .StartTestAsync();
    }

    private static TestFlow CreateFlow(bool skipCounty = false) => EngineTestBot.CreateFlow(() => CreateDialogs(skipCounty));

    private static DialogSet CreateDialogs(bool skipCounty) => new DialogSet()
        .Add(new TextPrompt("text"))
        .Add(new WaterfallDialog(EngineTestBot.RootId,
        [
            (step, ct) =>
            {
                var earlier = step.Values["name"]?.GetValue<string>();
                var question = earlier is null ? "Name?" : $"Name? (was {earlier})";
                return step.PromptAsync("text", PromptOptions.FromText(question), ct);
            },
            (step, ct) =>
            {
                step.Values["name"] = step.ResultText;
                return skipCounty
                    ? step.NextAsync(JsonValue.Create("(skipped)"), ct)
                    : step.PromptAsync("text", PromptOptions.FromText("County?"), ct);
            },
            (step, ct) =>
            {
                step.Values["county"] = step.ResultText;
                return step.PromptAsync("text", PromptOptions.FromText("Phone?"), ct);
            },
            async (step, ct) =>
            {
                var values = step.Values;
                await step.SendTextAsync($"Done: name={values["name"]}, county={values["county"]}, phone={step.ResultText}", ct);
                return await step.EndDialogAsync(null, ct);
            },
        ]));

    private static DialogSet CreateNestedDialogs() => new DialogSet()
        .Add(new TextPrompt("text"))
        .Add(new WaterfallDialog("child",
        [
            (step, ct) => step.PromptAsync("text", PromptOptions.FromText("Child question?"), ct),
            (step, ct) => step.EndDialogAsync(step.Result?.DeepClone(), ct),
        ]))
        .Add(new WaterfallDialog(EngineTestBot.RootId,
        [
            (step, ct) => step.PromptAsync("text", PromptOptions.FromText("Parent question?"), ct),
            (step, ct) => step.BeginDialogAsync("child", null, ct),
            async (step, ct) =>
            {
                await step.SendTextAsync($"Parent got: {step.ResultText}", ct);
                return await step.EndDialogAsync(null, ct);
            },
        ]));
}
