using System.Text.Json;
using HelpBot.Dialogs.Engine;
using HelpBot.Dialogs.Engine.Prompts;
using HelpBot.Protocol.Models;
using HelpBot.Testing;

namespace HelpBot.Dialogs.Tests.Engine;

public class ChoicePromptTests
{
    private static readonly DialogMessages Messages = new();

    [Theory]
    [InlineData("2", "connect")]
    [InlineData("#2", "connect")]
    [InlineData("1.", "peak")]
    [InlineData("peak", "peak")]
    [InlineData("PEAK / SES", "peak")]
    [InlineData("ses", "peak")]
    [InlineData("Connect for Health", "connect")]
    [InlineData("it is about c4hco", "connect")]
    [InlineData("training", "training")]
    [InlineData("train", "training")]
    public void Recognize_TypedText_FindsChoice(string text, string expected)
    {
        var result = ChoiceRecognizer.Recognize(new Activity { Text = text }, CreateChoices(), Messages);

        Assert.True(result.Succeeded);
        Assert.Equal(expected, result.Value!.Value);
    }

    [Theory]
    [InlineData("4", "There is no option with that number. Please type a number from 1 to 3.")]
    [InlineData("0", "There is no option with that number. Please type a number from 1 to 3.")]
    [InlineData("banana", "That isn't one of the options. Please pick one by typing its number (1 to 3) or its name, or press a button.")]
    [InlineData("", "That isn't one of the options. Please pick one by typing its number (1 to 3) or its name, or press a button.")]
    [InlineData("co", "That isn't one of the options. Please pick one by typing its number (1 to 3) or its name, or press a button.")]
    [InlineData("health", "That matches more than one option (2. Connect for Health Colorado, 3. Health training). Please type the number of the one you mean.")]
    public void Recognize_UnmatchedText_FailsWithMessage(string text, string expectedError)
    {
        var choices = CreateChoices();
        choices[2].Title = "Health training";

        var result = ChoiceRecognizer.Recognize(new Activity { Text = text }, choices, Messages);

        Assert.False(result.Succeeded);
        Assert.Equal(expectedError, result.ErrorMessage);
    }

    [Fact]
    public void Recognize_SubmitValue_FindsChoice()
    {
        var activity = new Activity { Value = JsonDocument.Parse("""{"choice":"connect"}""").RootElement };

        var result = ChoiceRecognizer.Recognize(activity, CreateChoices(), Messages);

        Assert.Equal(1, result.Value!.Index);
    }

    [Fact]
    public void Recognize_MessageBackStringValue_FindsChoice()
    {
        var activity = new Activity { Text = "I pick this", Value = JsonDocument.Parse("\"training\"").RootElement };

        var result = ChoiceRecognizer.Recognize(activity, CreateChoices(), Messages);

        Assert.Equal("training", result.Value!.Value);
    }

    [Fact]
    public async Task ChoicePrompt_Prompt_ListsNumberedOptionsAndButtons()
    {
        await CreateFlow()
            .Send("hi")
            .AssertReplySatisfies(reply =>
            {
                Assert.Equal("Which system?\n1. PEAK / SES\n2. Connect for Health Colorado\n3. Training question", reply.Text);
                Assert.Equal(["PEAK / SES", "Connect for Health Colorado", "Training question"], reply.SuggestedActions!.Actions.Select(a => a.Title));
                Assert.All(reply.SuggestedActions.Actions, action => Assert.Equal(ActionTypes.ImBack, action.Type));
                Assert.Equal("PEAK / SES", reply.SuggestedActions.Actions[0].Value!.Value.GetString());
            })
            .StartTestAsync();
    }

    [Fact]
    public async Task ChoicePrompt_ImBackTitle_EndsWithFoundChoice()
    {
        await CreateFlow()
            .Send("hi")
            .AssertReplyContains("Which system?")
            .Send("Connect for Health Colorado")
            .AssertReply("""Result: {"value":"connect","index":1}""")
            .StartTestAsync();
    }

    [Fact]
    public async Task ChoicePrompt_CardSubmit_EndsWithFoundChoice()
    {
        await CreateFlow()
            .Send("hi")
            .AssertReplyContains("Which system?")
            .SendValue("""{"choice":"peak"}""")
            .AssertReply("""Result: {"value":"peak","index":0}""")
            .StartTestAsync();
    }

    [Fact]
    public async Task ChoicePrompt_Unrecognized_SaysWhyAndAsksAgain()
    {
        await CreateFlow()
            .Send("hi")
            .AssertReplyContains("Which system?")
            .Send("7")
            .AssertReply("There is no option with that number. Please type a number from 1 to 3.")
            .AssertReplyContains("Which system?")
            .Send("2")
            .AssertReply("""Result: {"value":"connect","index":1}""")
            .StartTestAsync();
    }

    [Fact]
    public async Task ChoicePrompt_NoChoices_Throws()
    {
        var flow = EngineTestBot.CreateSinglePromptFlow(() => new ChoicePrompt(EngineTestBot.PromptId), new ChoicePromptOptions { Prompt = PromptActivities.Text("Pick") })
            .Send("hi");

        await Assert.ThrowsAsync<ArgumentException>(() => flow.StartTestAsync());
    }

    private static TestFlow CreateFlow() =>
        EngineTestBot.CreateSinglePromptFlow(() => new ChoicePrompt(EngineTestBot.PromptId), new ChoicePromptOptions
        {
            Prompt = PromptActivities.Text("Which system?"),
            Choices = CreateChoices(),
        });

    private static List<Choice> CreateChoices() =>
    [
        new Choice("peak", "PEAK / SES", "ses", "cbms"),
        new Choice("connect", "Connect for Health Colorado", "c4hco", "marketplace"),
        new Choice("training", "Training question"),
    ];
}
