using HelpBot.Dialogs.Engine.Prompts;
using HelpBot.Protocol.Models;
using HelpBot.Testing;

namespace HelpBot.Dialogs.Tests.Engine;

public class ConfirmPromptTests
{
    [Theory]
    [InlineData("yes", true)]
    [InlineData("Y", true)]
    [InlineData("Yeah!", true)]
    [InlineData("yep", true)]
    [InlineData("yes, it works now", true)]
    [InlineData("That fixed it", true)]
    [InlineData("works now", true)]
    [InlineData("no", false)]
    [InlineData("N", false)]
    [InlineData("nope.", false)]
    [InlineData("no it still fails", false)]
    [InlineData("didn't help", false)]
    [InlineData("maybe", null)]
    [InlineData("", null)]
    [InlineData("yesterday", null)]
    [InlineData("not sure", null)]
    public void Recognize_Text_ReturnsAnswer(string text, bool? expected)
    {
        Assert.Equal(expected, ConfirmPrompt.Recognize(text, CreateOptions()));
    }

    [Fact]
    public async Task ConfirmPrompt_Prompt_HasYesAndNoButtons()
    {
        await CreateFlow()
            .Send("hi")
            .AssertReplySatisfies(reply =>
            {
                Assert.Equal("Did that fix it?", reply.Text);
                Assert.Equal(["Yes", "No"], reply.SuggestedActions!.Actions.Select(a => a.Title));
                Assert.All(reply.SuggestedActions.Actions, action => Assert.Equal(ActionTypes.ImBack, action.Type));
            })
            .StartTestAsync();
    }

    [Fact]
    public async Task ConfirmPrompt_CustomSynonym_EndsWithTrue()
    {
        await CreateFlow()
            .Send("hi")
            .AssertReply("Did that fix it?")
            .Send("works now")
            .AssertReply("Result: true")
            .StartTestAsync();
    }

    [Fact]
    public async Task ConfirmPrompt_SubmitValue_EndsWithFalse()
    {
        await CreateFlow()
            .Send("hi")
            .AssertReply("Did that fix it?")
            .SendValue("""{"confirm":false}""")
            .AssertReply("Result: false")
            .StartTestAsync();
    }

    [Fact]
    public async Task ConfirmPrompt_Unrecognized_AsksForYesOrNo()
    {
        await CreateFlow()
            .Send("hi")
            .AssertReply("Did that fix it?")
            .Send("maybe")
            .AssertReply("Please answer Yes or No.")
            .AssertReply("Did that fix it?")
            .Send("nope")
            .AssertReply("Result: false")
            .StartTestAsync();
    }

    private static TestFlow CreateFlow()
    {
        var options = CreateOptions();
        options.Prompt = PromptActivities.Text("Did that fix it?");
        return EngineTestBot.CreateSinglePromptFlow(() => new ConfirmPrompt(EngineTestBot.PromptId), options);
    }

    private static ConfirmPromptOptions CreateOptions() => new()
    {
        YesSynonyms = ["works now"],
        NoSynonyms = ["didn't help"],
    };
}
