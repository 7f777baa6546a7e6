using HelpBot.Dialogs.Engine;
using HelpBot.Dialogs.Engine.Prompts;
using HelpBot.Testing;

namespace HelpBot.Dialogs.Tests.Engine;

public class TextPromptTests
{
    private static readonly DialogMessages Messages = new();

    [Fact]
    public async Task TextPrompt_ValidAnswer_EndsWithTrimmedText()
    {
        await CreateFlow()
            .Send("hi")
            .AssertReply("Describe the problem.")
            .Send("  The page shows error 500  ")
            .AssertReply(EngineTestBot.Echo(System.Text.Json.Nodes.JsonValue.Create("The page shows error 500")))
            .AssertNoMoreReplies()
            .StartTestAsync();
    }

    [Fact]
    public async Task TextPrompt_EmptySubmit_SaysTextMissingAndAsksAgain()
    {
        await CreateFlow()
            .Send("hi")
            .AssertReply("Describe the problem.")
            .SendValue("""{"unrelated":"x"}""")
            .AssertReply(Messages.TextMissing)
            .AssertReply("Describe the problem.")
            .StartTestAsync();
    }

    [Fact]
    public async Task TextPrompt_TooShort_NamesMinimumLength()
    {
        await CreateFlow(new PromptValidationSettings { MinLength = 10 })
            .Send("hi")
            .AssertReply("Describe the problem.")
            .Send("broken")
            .AssertReply("That answer is too short. Please use at least 10 letters or digits.")
            .AssertReply("Describe the problem.")
            .StartTestAsync();
    }

    [Theory]
    [InlineData("🙂🙂🙂🙂")]
    [InlineData("🙂")]
    [InlineData("🙂🙂!!")]
    [InlineData("a 🙂🙂🙂")]
    public async Task TextPrompt_TooFewLettersOrDigits_IsTooShort(string answer)
    {
        await CreateFlow(new PromptValidationSettings { MinLength = 3 })
            .Send("hi")
            .AssertReply("Describe the problem.")
            .Send(answer)
            .AssertReply("That answer is too short. Please use at least 3 letters or digits.")
            .AssertReply("Describe the problem.")
            .StartTestAsync();
    }

    [Fact]
    public async Task TextPrompt_LettersBesideEmoji_Count()
    {
        await CreateFlow(new PromptValidationSettings { MinLength = 3 })
            .Send("hi")
            .AssertReply("Describe the problem.")
            .Send("500 🙂")
            .AssertReply(EngineTestBot.Echo(System.Text.Json.Nodes.JsonValue.Create("500 🙂")))
            .StartTestAsync();
    }

    [Fact]
    public async Task TextPrompt_TooLong_NamesMaximumAndLength()
    {
        await CreateFlow(new PromptValidationSettings { MaxLength = 5 })
            .Send("hi")
            .AssertReply("Describe the problem.")
            .Send("far too long")
            .AssertReply("That answer is too long (12 characters). Please keep it to 5 characters or fewer.")
            .AssertReply("Describe the problem.")
            .StartTestAsync();
    }

    [Fact]
    public async Task TextPrompt_ValidatorRejects_SendsRetryPrompt()
    {
        var options = CreateOptions();
        options.RetryPrompt = PromptActivities.Text("Please describe the problem again.");
        await EngineTestBot.CreateSinglePromptFlow(() => new TextPrompt(EngineTestBot.PromptId, RejectDigitsOnly), options)
            .Send("hi")
            .AssertReply("Describe the problem.")
            .Send("12345")
            .AssertReply("Please describe it in words, not only numbers.")
            .AssertReply("Please describe the problem again.")
            .Send("The login button does nothing")
            .AssertReplyContains("The login button does nothing")
            .StartTestAsync();
    }

    [Fact]
    public async Task TextPrompt_ThirdFailure_AddsHelpHint()
    {
        await CreateFlow(new PromptValidationSettings { MinLength = 10 })
            .Send("hi")
            .AssertReply("Describe the problem.")
            .Send("a1").AssertReplySatisfies(reply => Assert.DoesNotContain(Messages.HelpHintWithoutBack, reply.Text)).AssertReply("Describe the problem.")
            .Send("a2").AssertReplySatisfies(reply => Assert.DoesNotContain(Messages.HelpHintWithoutBack, reply.Text)).AssertReply("Describe the problem.")
            .Send("a3").AssertReplyContains(Messages.HelpHintWithoutBack).AssertReply("Describe the problem.")
            .StartTestAsync();
    }

    // The only question of the flow is the first, where "back" has nothing to go back to.
    [Fact]
    public async Task TextPrompt_FirstQuestionHint_LeavesOutBack()
    {
        await CreateFlow(new PromptValidationSettings { MinLength = 10 })
            .Send("hi")
            .AssertReply("Describe the problem.")
            .Send("a1").AssertReply("That answer is too short. Please use at least 10 letters or digits.").AssertReply("Describe the problem.")
            .Send("a2").AssertReply("That answer is too short. Please use at least 10 letters or digits.").AssertReply("Describe the problem.")
            .Send("a3").AssertReplySatisfies(reply => Assert.DoesNotContain("'back'", reply.Text, StringComparison.Ordinal))
            .StartTestAsync();
    }

    [Fact]
    public async Task TextPrompt_LaterQuestionHint_NamesBack()
    {
        var dialogs = new DialogSet()
            .Add(new TextPrompt("text"))
            .Add(new HelpBot.Dialogs.Engine.Waterfall.WaterfallDialog(EngineTestBot.RootId,
            [
                (step, ct) => step.PromptAsync("text", PromptOptions.FromText("Page address?"), ct),
                (step, ct) => step.PromptAsync("text", CreateOptions("Next question?", new PromptValidationSettings { MinLength = 10 }), ct),
                (step, ct) => step.EndDialogAsync(null, ct),
            ]));
        await EngineTestBot.CreateFlow(() => dialogs, null)
            .Send("hi").AssertReply("Page address?")
            .Send("https://example.org/page").AssertReply("Next question?")
            .Send("a1").AssertReplySatisfies(reply => Assert.DoesNotContain(Messages.HelpHint, reply.Text)).AssertReply("Next question?")
            .Send("a2").AssertReplySatisfies(reply => Assert.DoesNotContain(Messages.HelpHint, reply.Text)).AssertReply("Next question?")
            .Send("a3").AssertReplyContains(Messages.HelpHint).AssertReply("Next question?")
            .StartTestAsync();
    }

    [Fact]
    public async Task TextPrompt_PromptActivity_ExpectsInput()
    {
        await CreateFlow()
            .Send("hi")
            .AssertReplySatisfies(reply => Assert.Equal(InputHints.ExpectingInput, reply.InputHint))
            .StartTestAsync();
    }

    private static TestFlow CreateFlow(PromptValidationSettings? validation = null)
    {
        var options = CreateOptions();
        options.Validation = validation;
        return EngineTestBot.CreateSinglePromptFlow(() => new TextPrompt(EngineTestBot.PromptId), options);
    }

    private static PromptOptions CreateOptions(string text, PromptValidationSettings validation)
    {
        var options = PromptOptions.FromText(text);
        options.Validation = validation;
        return options;
    }

    private static PromptOptions CreateOptions() => PromptOptions.FromText("Describe the problem.", "Say what you clicked and what you saw.");

    private static Task<bool> RejectDigitsOnly(PromptValidatorContext<string> context, CancellationToken cancellationToken)
    {
        if (context.Value.All(char.IsDigit))
        {
            context.ErrorMessage = "Please describe it in words, not only numbers.";
            return Task.FromResult(false);
        }

        return Task.FromResult(true);
    }
}
