using System.Text.Json;
using System.Text.Json.Nodes;
using HelpBot.Dialogs.Conversation.Markers;
using HelpBot.Dialogs.Conversation.Prompts;
using HelpBot.Protocol.Models;
using HelpBot.Runtime.Storage;
using HelpBot.Testing;
using static HelpBot.Dialogs.Tests.Conversation.PrivacyReviewFlow;

namespace HelpBot.Dialogs.Tests.Conversation;

/// <summary>
/// The question sent again after a rejected answer: its box contains that answer, typed or submitted from the
/// card, except a password, a keep word or a command, and the answer stays out of conversation state.
/// </summary>
public sealed class RetryAnswerFlowTests
{
    private const string PeakDescription = "When I press Submit on the income page PEAK shows the error ERR-500.";
    private const string PeakAddress = "https://peak.my.site.com/peak/s/benefit-information";
    private const string PeakThinNoErrorText = "PEAK upload gave an error, didn't write it down";

    private const string ConnectDescription =
        "Connect for Health shows the error ERR-77 when my client clicks the create account button on " +
        "https://connectforhealthco.com/login-portal/ today at 9am. Tried Chrome and Edge.";

    [Fact]
    public async Task When_ImpossibleDate_ShownAgainInBox()
    {
        await ReachPeakWhen(ConversationFlow.Create())
            .Send("2/30 at 9am")
            .AssertAsks(ConversationPrompts.Field, "when", reply =>
            {
                Assert.Equal("2/30 at 9am", ReadInput(reply, "when")?["value"]?.GetValue<string>());
                Assert.Contains("Your answer: 2/30 at 9am", reply.Text, StringComparison.Ordinal);
                Assert.Contains("The box contains your answer, so you can correct it there.", reply.Text, StringComparison.Ordinal);
            })
            .StartTestAsync();
    }

    [Fact]
    public async Task Impact_NoLetters_ShownAgainInBox()
    {
        await ReachPeakWhen(ConversationFlow.Create())
            .Send("03/10/2026 9:15 am")
            .AssertAsks(ConversationPrompts.Field, "impact")
            .Send("😭😭😭")
            .AssertNextContains("no letters or digits")
            .AssertAsks(ConversationPrompts.Field, "impact", reply => Assert.Equal("😭😭😭", ReadInput(reply, "impact")?["value"]?.GetValue<string>()))
            .StartTestAsync();
    }

    [Fact]
    public async Task Description_LongCardAnswer_ShownWhole()
    {
        var longText = "Clicking Submit on the Documents page shows 'Unexpected error'. " + new string('x', 4100);
        var submit = new Activity { Type = ActivityTypes.Message };
        await ReachPeakThinDescription(ConversationFlow.Create(), reply => submit.Value = CardSubmit(reply, "description", longText))
            .Send(submit)
            .AssertNextContains("the limit is 4,000")
            .AssertAsks(ConversationPrompts.Field, "description", reply =>
            {
                var input = ReadInput(reply, "description");
                Assert.Equal(longText, input?["value"]?.GetValue<string>());
                Assert.Null(input?["maxLength"]);
                Assert.Contains("so you can shorten it there to 4,000 characters or fewer", reply.Text, StringComparison.Ordinal);
            })
            .StartTestAsync();
    }

    [Fact]
    public async Task Description_LongRejectedAnswer_EchoShortened()
    {
        var longText = "Clicking Submit on the Documents page shows 'Unexpected error'. " + new string('x', 20_000);
        var submit = new Activity { Type = ActivityTypes.Message };
        await ReachPeakThinDescription(ConversationFlow.Create(), reply => submit.Value = CardSubmit(reply, "description", longText))
            .Send(submit)
            .AssertNextContains("the limit is 4,000")
            .AssertAsks(ConversationPrompts.Field, "description", reply =>
            {
                Assert.Equal(longText, ReadInput(reply, "description")?["value"]?.GetValue<string>());
                Assert.Contains("Your answer: " + longText[..100], reply.Text, StringComparison.Ordinal);
                Assert.Contains("…", reply.Text, StringComparison.Ordinal);
                Assert.True(reply.Text!.Length < 1000, $"The retry text has {reply.Text.Length} characters.");
            })
            .StartTestAsync();
    }

    [Theory]
    [InlineData("his SSN is 123-45-6789", "123-45-6789", "a Social Security number", "his SSN is [SSN]")]
    [InlineData("123-45-6789", "123-45-6789", "a Social Security number", "[SSN]")]
    [InlineData("303-555-0100", "303-555-0100", "a phone number", "[PHONE]")]
    [InlineData("my login is (303) 555-0100", "555-0100", "a phone number", "my login is [PHONE]")]
    public async Task Username_PersonalData_WarnsWithoutEcho(string answer, string value, string kind, string shown)
    {
        await ReachPeakUsername(ConversationFlow.Create())
            .Send(answer)
            .AssertNextContains($"That contains personal data ({kind}), not a user name, so I did not keep it.")
            .AssertAsks(ConversationPrompts.Field, "username", reply =>
            {
                Assert.Null(ReadInput(reply, "username")?["value"]);
                Assert.DoesNotContain(value, reply.Text, StringComparison.Ordinal);
                Assert.Contains($"Your answer: {shown}\n", reply.Text, StringComparison.Ordinal);
                Assert.DoesNotContain(value, reply.Attachments![0].Content!.Value.GetRawText(), StringComparison.Ordinal);
            })
            .Send("testuser55")
            .AssertAsks(ConversationPrompts.Field, "page")
            .StartTestAsync();
    }

    [Fact]
    public async Task Username_PersonalData_RecordedForTranscript()
    {
        var recorder = new TranscriptValueRecorder();

        await ReachPeakUsername(ConversationFlow.Create(middleware: recorder))
            .Send("his SSN is 123-45-6789, phone 303-555-0100")
            .AssertNextContains("That contains personal data (a Social Security number and a phone number)")
            .AssertAsks(ConversationPrompts.Field, "username")
            .StartTestAsync();

        var values = recorder.Turns[^1];
        Assert.Equal("[SSN]", values["123-45-6789"]);
        Assert.Equal("[PHONE]", values["303-555-0100"]);
    }

    [Fact]
    public async Task Description_ThinAnswerWithSsn_EchoHasPlaceholder()
    {
        await ReachPeakThinDescription(ConversationFlow.Create(), _ => { })
            .Send("SSN 123-45-6789")
            .AssertNextContains("too short")
            .AssertAsks(ConversationPrompts.Field, "description", reply =>
            {
                Assert.Null(ReadInput(reply, "description")?["value"]);
                Assert.DoesNotContain("123-45-6789", reply.Text, StringComparison.Ordinal);
                Assert.Contains("Your answer: SSN [SSN]", reply.Text, StringComparison.Ordinal);
            })
            .StartTestAsync();
    }

    [Fact]
    public async Task Os_UnknownNameResubmitted_Kept()
    {
        var submit = new Activity { Type = ActivityTypes.Message };
        await ConversationFlow.Create().Onboard()
            .Send(ConnectDescription).AssertAsks(ConversationPrompts.Tips)
            .Send("still broken").AssertAsks(ConversationPrompts.Field, "os")
            .Send("Banana OS")
            .AssertNextContains("not in my list")
            .AssertAsks(ConversationPrompts.Field, "os", reply =>
            {
                Assert.Equal("Banana OS", ReadInput(reply, "os")?["value"]?.GetValue<string>());
                submit.Value = CardSubmit(reply, "os", ReadInput(reply, "os")!["value"]!.GetValue<string>());
            })
            .Send(submit)
            .AssertAsks(ConversationPrompts.Field, "impact")
            .StartTestAsync();
    }

    [Fact]
    public async Task Username_Password_NotShownAgain()
    {
        await ReachPeakUsername(ConversationFlow.Create())
            .Send("Sunshine2024!")
            .AssertAsks(ConversationPrompts.Field, "username", reply =>
            {
                Assert.Null(ReadInput(reply, "username")?["value"]);
                Assert.DoesNotContain("Sunshine2024!", reply.Text, StringComparison.Ordinal);
            })
            .StartTestAsync();
    }

    [Fact]
    public async Task Username_PasswordSentence_NotShownAgain()
    {
        await ReachPeakUsername(ConversationFlow.Create())
            .Send("my user name is Spring!2026")
            .AssertAsks(ConversationPrompts.Field, "username", reply =>
            {
                Assert.Null(ReadInput(reply, "username")?["value"]);
                Assert.DoesNotContain("Spring!2026", reply.Text, StringComparison.Ordinal);
            })
            .StartTestAsync();
    }

    [Fact]
    public async Task Page_PasswordPlaceholder_NotShownAgain()
    {
        await ReachPeakUsername(ConversationFlow.Create())
            .Send("testuser55").AssertAsks(ConversationPrompts.Field, "page")
            .Send("Income page, pw: Sunshine2024!")
            .AssertSays(ConversationSteps.PasswordWarning)
            .AssertAsks(ConversationPrompts.Field, "page", reply =>
            {
                var value = ReadInput(reply, "page")?["value"]?.GetValue<string>();
                Assert.DoesNotContain("[PASSWORD]", value ?? "", StringComparison.Ordinal);
                Assert.DoesNotContain("Income page, pw", value ?? "", StringComparison.Ordinal);
                Assert.DoesNotContain("[PASSWORD]", reply.Text, StringComparison.Ordinal);
            })
            .StartTestAsync();
    }

    [Theory]
    [InlineData("keep")]
    [InlineData("same")]
    public async Task Description_RejectedKeepWord_NotShownAgain(string keepWord)
    {
        await ReachPeakThinDescription(ConversationFlow.Create())
            .Send(keepWord)
            .AssertAsks(ConversationPrompts.Field, "description", reply =>
            {
                Assert.Equal(PeakThinNoErrorText, ReadInput(reply, "description")?["value"]?.GetValue<string>());
                Assert.DoesNotContain("Your answer:", reply.Text, StringComparison.Ordinal);
            })
            .StartTestAsync();
    }

    // A command word typed in the card's box reaches the prompt as an answer, because the engine reads commands
    // only in typed text and in the command property of a card's buttons.
    [Theory]
    [InlineData("back")]
    [InlineData("start over")]
    public async Task Description_CardCommandWord_NotShownAgain(string command)
    {
        var submit = new Activity { Type = ActivityTypes.Message };
        await ReachPeakThinDescription(ConversationFlow.Create(), reply => submit.Value = CardSubmit(reply, "description", command))
            .Send(submit)
            .AssertAsks(ConversationPrompts.Field, "description", reply =>
                Assert.Equal(PeakThinNoErrorText, ReadInput(reply, "description")?["value"]?.GetValue<string>()))
            .StartTestAsync();
    }

    [Fact]
    public async Task Description_RejectedAnswer_HeldForTurnOnly()
    {
        var storage = new MemoryStorage();
        const string Rejected = "broken again";
        await ReachPeakThinDescription(ConversationFlow.Create(storage))
            .Send(Rejected)
            .AssertAsks(ConversationPrompts.Field, "description", reply =>
                Assert.Equal(Rejected, ReadInput(reply, "description")?["value"]?.GetValue<string>()))
            .Do(async () => Assert.DoesNotContain(Rejected, await ReadStateAsync(storage), StringComparison.Ordinal))
            .Send("help")
            .AssertAsks(ConversationPrompts.Field, "description", reply =>
                Assert.Equal(PeakThinNoErrorText, ReadInput(reply, "description")?["value"]?.GetValue<string>()))
            .StartTestAsync();
    }

    [Fact]
    public async Task Description_LongPrefill_WordedTooLong()
    {
        // "back" at the first question of a report that began with the message shows the message as the description.
        var description = ConnectDescription + " Tried all three tips. Log: " + string.Join(" ", Enumerable.Repeat("step ok;", 1000));
        Assert.True(description.Length > 9000);
        await ConversationFlow.Create().Onboard()
            .Send(description).AssertAsks(ConversationPrompts.Field, "os")
            .Send("back")
            .AssertAsks(ConversationPrompts.Field, "description", reply =>
            {
                Assert.Contains(
                    "The box in the question contains the whole text, so you can shorten it there, or type a shorter answer.",
                    reply.Text,
                    StringComparison.Ordinal);
                Assert.DoesNotContain("Please type the whole answer.", reply.Text, StringComparison.Ordinal);
                Assert.Null(ReadInput(reply, "description")?["maxLength"]);
                Assert.Equal(description, ReadInput(reply, "description")?["value"]?.GetValue<string>());
            })
            .Send("keep")
            .AssertReplySatisfies(reply =>
            {
                Assert.StartsWith("The text I have is too long, so it can't be kept as it is. The answer is ", reply.Text, StringComparison.Ordinal);
                Assert.DoesNotContain("not enough", reply.Text, StringComparison.Ordinal);
            })
            .AssertAsks(ConversationPrompts.Field, "description")
            .StartTestAsync();
    }

    [Theory]
    [InlineData(HelpBot.Domain.Reports.FieldFault.TooLong, "The text I have is too long, so it can't be kept as it is. Reason. The box in the question contains the whole text, so you can shorten it there, or type a shorter answer.")]
    [InlineData(HelpBot.Domain.Reports.FieldFault.Incomplete, "The text I have is not enough yet, so it can't be kept as it is. Reason. Please type the whole answer.")]
    [InlineData(HelpBot.Domain.Reports.FieldFault.Invalid, "The answer I have can't be kept as it is. Reason. Please type a new answer.")]
    public void CannotKeep_Fault_WordsReason(HelpBot.Domain.Reports.FieldFault fault, string expected)
    {
        Assert.Equal(expected, FieldQuestionActivity.CannotKeep(HelpBot.Domain.Reports.FieldValidation.Invalid("Reason.", fault)));
    }

    private static TestFlow ReachPeakUsername(TestFlow flow) => flow.Onboard()
        .Send(PeakDescription).AssertAsks(ConversationPrompts.Tips)
        .Send("still broken, tried all three").AssertAsks(ConversationPrompts.PageAddress)
        .Send(PeakAddress).AssertAsks(ConversationPrompts.Urgent)
        .Send("no").AssertAsks(ConversationPrompts.Field, "username");

    private static TestFlow ReachPeakWhen(TestFlow flow) => ReachPeakUsername(flow)
        .Send("testuser55").AssertAsks(ConversationPrompts.Field, "page")
        .Send("Income, Jobs section").AssertAsks(ConversationPrompts.Field, "when");

    private static TestFlow ReachPeakThinDescription(TestFlow flow, Action<Activity>? check = null) => flow.Onboard()
        .Send(PeakThinNoErrorText).AssertAsks(ConversationPrompts.Tips)
        .Send("still broken, tried all three").AssertAsks(ConversationPrompts.PageAddress)
        .Send(PeakAddress).AssertAsks(ConversationPrompts.Urgent)
        .Send("no").AssertAsks(ConversationPrompts.Field, "description", check);

    private static JsonElement CardSubmit(Activity reply, string field, string value) => JsonSerializer.SerializeToElement(new JsonObject
    {
        ["promptId"] = ReadPromptId(reply),
        ["action"] = FieldCards.SubmitAction,
        [field] = value,
    });

    // The input of the card of reply whose id is inputId, or null.
    private static JsonNode? ReadInput(Activity reply, string inputId)
    {
        var card = JsonNode.Parse(reply.Attachments!.Single().Content!.Value.GetRawText())!;
        return card["body"]!.AsArray().SingleOrDefault(element => element?["id"]?.GetValue<string>() == inputId);
    }
}
