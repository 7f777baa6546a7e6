using System.Text.Json;
using System.Text.Json.Nodes;
using HelpBot.Dialogs.Conversation.Markers;
using HelpBot.Protocol.Models;
using HelpBot.Testing;
using static HelpBot.Dialogs.Tests.Conversation.PrivacyReviewFlow;

namespace HelpBot.Dialogs.Tests.Conversation;

// Per-finding choices in the PII review: remove, mask, edit and keep, typed or from the card.
public sealed class PrivacyChoiceFlowTests
{
    private const string Ssn = "078-05-1120";
    private const string Description = "When I press Submit on the income page PEAK shows the error ERR-500. The client's SSN is " + Ssn + ".";
    private const string TwoFindings = "PEAK shows the error ERR-500 on the income page. The client's SSN is " + Ssn + " and her e-mail is dana.testperson@example.org.";

    [Fact]
    public async Task Review_RemoveOne_ReplacesWithPlaceholder()
    {
        var draft = await RunToDraftAsync(Description, flow => flow.Send("remove 1"));

        Assert.Contains("[SSN]", draft, StringComparison.Ordinal);
        Assert.DoesNotContain(Ssn, draft, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Review_MaskOne_KeepsLastFour()
    {
        var draft = await RunToDraftAsync(Description, flow => flow.Send("mask 1"));

        Assert.Contains("***-**-1120", draft, StringComparison.Ordinal);
        Assert.DoesNotContain(Ssn, draft, StringComparison.Ordinal);
        Assert.DoesNotContain("SECURE E-MAIL", draft, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Review_EditOne_UsesUserText()
    {
        var draft = await RunToDraftAsync(Description, flow => flow.Send("edit 1: on file"));

        Assert.Contains("The client's SSN is on file.", draft, StringComparison.Ordinal);
        Assert.DoesNotContain(Ssn, draft, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Review_KeepOne_MarksDraftSecure()
    {
        var draft = await RunToDraftAsync(Description, flow => flow.Send("keep 1"));

        Assert.Contains(Ssn, draft, StringComparison.Ordinal);
        Assert.Contains("SECURE E-MAIL", draft, StringComparison.Ordinal);
        Assert.Contains("SSN", draft, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Review_PasswordTakenOutBefore_IsNoFinding()
    {
        string? draft = null;
        await StartReview(
                "PEAK shows the error ERR-500 on the income page. The client's SSN is " + Ssn + ". I signed in with password: Xq7!pLm#42zz and it still fails.",
                check: reply => Assert.DoesNotContain("Password", reply.GetMarker()!.PiiCategories!))
            .Send("keep 1")
            .AssertSays(ConversationSteps.Draft, reply => draft = reply.Text)
            .StartTestAsync();

        Assert.DoesNotContain("Xq7!pLm#42zz", draft, StringComparison.Ordinal);
        Assert.Contains("[PASSWORD]", draft, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Review_NumberOutOfRange_ExplainsAndAsksAgain()
    {
        var draft = await RunToDraftAsync(Description, flow => flow
            .Send("mask 9")
            .AssertNextContains("There is no number 9")
            .AssertAsks(ConversationPrompts.PiiReview)
            .Send("mask 1"));

        Assert.Contains("***-**-1120", draft, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Review_EditWithoutText_ExplainsAndAsksAgain()
    {
        var draft = await RunToDraftAsync(Description, flow => flow
            .Send("edit 1")
            .AssertNextContains("type the new text")
            .AssertAsks(ConversationPrompts.PiiReview)
            .Send("edit 1: on file"));

        Assert.Contains("SSN is on file.", draft, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Review_EditWithPersonalText_ExplainsAndAsksAgain()
    {
        var draft = await RunToDraftAsync(Description, flow => flow
            .Send("edit 1: 219-09-9999")
            .AssertNextContains("still contains personal information")
            .AssertAsks(ConversationPrompts.PiiReview)
            .Send("remove 1"));

        Assert.DoesNotContain("219-09-9999", draft, StringComparison.Ordinal);
        Assert.Contains("[SSN]", draft, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Review_PersonalEdit_RecordedForTranscript()
    {
        const string Phone = "303-555-0199";
        var recorder = new TranscriptValueRecorder();

        await StartReview(TwoFindings, middleware: recorder)
            .Send("remove 1\nedit 2: call Dana Testperson at " + Phone)
            .AssertNextContains("still contains personal information")
            .AssertAsks(ConversationPrompts.PiiReview)
            .StartTestAsync();

        var values = recorder.Turns[^1];
        Assert.Equal("[PHONE]", values[Phone]);
        Assert.Equal("[NAME]", values["Dana Testperson"]);
        Assert.All(recorder.Turns.SkipLast(1), turn => Assert.Empty(turn));
    }

    [Fact]
    public async Task Review_TypedPersonalEdit_NotPrefilled()
    {
        const string Phone = "303-555-0199";
        await StartReview(TwoFindings)
            .Send("remove 1\nedit 2: call her at " + Phone)
            .AssertReplySatisfies(reply => Assert.DoesNotContain(Phone, reply.Text, StringComparison.Ordinal))
            .AssertAsks(ConversationPrompts.PiiReview, check: reply =>
            {
                var card = reply.Attachments!.Single().Content!.Value.GetRawText();
                Assert.DoesNotContain(Phone, card, StringComparison.Ordinal);
                Assert.DoesNotContain(Phone, reply.Text, StringComparison.Ordinal);
                Assert.Contains("\"value\":\"edit\"", card, StringComparison.Ordinal);
            })
            .StartTestAsync();
    }

    [Fact]
    public async Task Review_CardPersonalEdit_NotPrefilled()
    {
        const string Phone = "303-555-0199";
        var submit = new Activity { Type = ActivityTypes.Message };
        await StartReview(TwoFindings, reply => submit.Value = JsonSerializer.SerializeToElement(new JsonObject
            {
                ["promptId"] = ReadPromptId(reply),
                ["action"] = "applyChoices",
                ["finding-0"] = "mask",
                ["finding-1"] = "edit",
                ["finding-1-text"] = "call her at " + Phone,
            }))
            .Send(submit)
            .AssertNextContains("still contains personal information")
            .AssertAsks(ConversationPrompts.PiiReview, check: reply =>
            {
                var card = reply.Attachments!.Single().Content!.Value.GetRawText();
                Assert.DoesNotContain(Phone, card, StringComparison.Ordinal);
                Assert.Contains("\"value\":\"mask\"", card, StringComparison.Ordinal);
            })
            .StartTestAsync();
    }

    [Fact]
    public async Task Review_PersonalEditAndUnchosen_NamesBoth()
    {
        var draft = await RunToDraftAsync(TwoFindings, flow => flow
            .Send("edit 1: 219-09-9999")
            .AssertReplySatisfies(reply =>
            {
                var text = reply.Text ?? "";
                Assert.Contains("The new text for 1 (SSN in", text, StringComparison.Ordinal);
                Assert.Contains("still contains personal information (SSN)", text, StringComparison.Ordinal);
                Assert.Contains("Still to choose: 2 (E-mail address in", text, StringComparison.Ordinal);
                Assert.DoesNotContain("219-09-9999", text, StringComparison.Ordinal);
                Assert.True(
                    text.IndexOf("still contains", StringComparison.Ordinal) < text.IndexOf("Still to choose", StringComparison.Ordinal),
                    $"The replacement should be named before the unchosen finding: {text}");
            })
            .AssertAsks(ConversationPrompts.PiiReview)
            .Send("remove 1\nremove 2"));

        Assert.DoesNotContain("219-09-9999", draft, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Review_TwoNumbersOutOfRange_NamesBoth()
    {
        var draft = await RunToDraftAsync(TwoFindings, flow => flow
            .Send("mask 1\nremove 7\nkeep 9")
            .AssertReplySatisfies(reply =>
            {
                var text = reply.Text ?? "";
                Assert.Contains("There are no numbers 7 and 9 in the review, which lists 1 to 2.", text, StringComparison.Ordinal);
                Assert.Contains("Still to choose: 2 (", text, StringComparison.Ordinal);
                Assert.EndsWith("Your other choices are kept.", text, StringComparison.Ordinal);
            })
            .AssertAsks(ConversationPrompts.PiiReview, check: reply =>
                Assert.Contains("\"value\":\"mask\"", reply.Attachments!.Single().Content!.Value.GetRawText(), StringComparison.Ordinal))
            .Send("remove 2"));

        Assert.Contains("***-**-1120", draft, StringComparison.Ordinal);
        Assert.Contains("[EMAIL]", draft, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Review_TypedBadLine_KeepsGoodLines()
    {
        var draft = await RunToDraftAsync(TwoFindings, flow => flow
            .Send("mask 1\ncall 555-0142\nkeep 2")
            .AssertReplySatisfies(reply => Assert.Equal("Line 2 was not understood. Your other choices are kept.", reply.Text))
            .AssertAsks(ConversationPrompts.PiiReview, check: reply =>
            {
                var card = reply.Attachments!.Single().Content!.Value.GetRawText();
                Assert.Contains("\"value\":\"mask\"", card, StringComparison.Ordinal);
                Assert.Contains("\"value\":\"keep\"", card, StringComparison.Ordinal);
            })
            .Send("keep 2"));

        Assert.Contains("***-**-1120", draft, StringComparison.Ordinal);
        Assert.Contains("dana.testperson@example.org", draft, StringComparison.Ordinal);
        Assert.Contains("SECURE E-MAIL", draft, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Review_BareRemoveLine_ExplainsNumberNeeded()
    {
        await StartReview(TwoFindings)
            .Send("mask 1\nremove")
            .AssertReplySatisfies(reply => Assert.Contains(
                "Line 2 was not understood, because 'remove' or 'keep' alone applies to every finding only as the whole answer, "
                + "so add a number on a line with other choices, such as 'remove 1'. Still to choose: 2 (",
                reply.Text,
                StringComparison.Ordinal))
            .AssertAsks(ConversationPrompts.PiiReview)
            .StartTestAsync();
    }

    [Fact]
    public async Task Review_NoCommandLine_AsksForChoices()
    {
        await StartReview(TwoFindings)
            .Send("please help")
            .AssertNextContains("Please choose for each finding")
            .AssertAsks(ConversationPrompts.PiiReview)
            .StartTestAsync();
    }

    [Fact]
    public async Task Review_PasswordTakenOutBefore_OnlyOtherFindingsCounted()
    {
        string? draft = null;
        await StartReview("PEAK shows ERR-500 on the income page. The client's SSN is " + Ssn + " and I typed password: Xq7!pLm#42zz there.")
            .Send("remove 1")
            .AssertNextContains("I applied your choices: removed 1 finding.")
            .AssertSays(ConversationSteps.Draft, reply => draft = reply.Text)
            .StartTestAsync();

        Assert.DoesNotContain("Xq7!pLm#42zz", draft, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Review_PartialTypedChoices_KeepsEarlierChoice()
    {
        var draft = await RunToDraftAsync(TwoFindings, flow => flow
            .Send("mask 1")
            .AssertNextContains("Still to choose: 2")
            .AssertAsks(ConversationPrompts.PiiReview, check: reply =>
                Assert.Contains("\"value\":\"mask\"", reply.Attachments!.Single().Content!.Value.GetRawText(), StringComparison.Ordinal))
            .Send("remove 2"));

        Assert.Contains("***-**-1120", draft, StringComparison.Ordinal);
        Assert.Contains("[EMAIL]", draft, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Review_CardChoices_AppliedPerFinding()
    {
        var submit = new Activity { Type = ActivityTypes.Message };
        string? draft = null;
        await StartReview(TwoFindings, reply => submit.Value = JsonSerializer.SerializeToElement(new JsonObject
            {
                ["promptId"] = ReadPromptId(reply),
                ["action"] = "applyChoices",
                ["finding-0"] = "mask",
                ["finding-1"] = "edit",
                ["finding-1-text"] = "her usual address",
            }))
            .Send(submit)
            .AssertSays(ConversationSteps.Draft, reply => draft = reply.Text)
            .StartTestAsync();

        Assert.Contains("***-**-1120", draft, StringComparison.Ordinal);
        Assert.Contains("her e-mail is her usual address.", draft, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Review_CardValueNoChoice_NamedAsInvalid()
    {
        var submit = new Activity { Type = ActivityTypes.Message };
        await StartReview(TwoFindings, reply => submit.Value = JsonSerializer.SerializeToElement(new JsonObject
            {
                ["promptId"] = ReadPromptId(reply),
                ["action"] = "applyChoices",
                ["finding-0"] = "banana",
                ["finding-1"] = "mask",
            }))
            .Send(submit)
            .AssertReplySatisfies(reply =>
            {
                Assert.Contains("The card sent a value that is no choice for 1 (", reply.Text, StringComparison.Ordinal);
                Assert.DoesNotContain("Still to choose", reply.Text, StringComparison.Ordinal);
                Assert.DoesNotContain("banana", reply.Text, StringComparison.Ordinal);
            })
            .AssertAsks(ConversationPrompts.PiiReview, check: reply =>
                Assert.Contains("\"value\":\"mask\"", reply.Attachments!.Single().Content!.Value.GetRawText(), StringComparison.Ordinal))
            .StartTestAsync();
    }

    [Fact]
    public async Task Review_CardEditWithoutText_KeepsOtherChoices()
    {
        var submit = new Activity { Type = ActivityTypes.Message };
        await StartReview(TwoFindings, reply => submit.Value = JsonSerializer.SerializeToElement(new JsonObject
            {
                ["promptId"] = ReadPromptId(reply),
                ["action"] = "applyChoices",
                ["finding-0"] = "keep",
                ["finding-1"] = "edit",
                ["finding-1-text"] = "",
            }))
            .Send(submit)
            .AssertNextContains("type the new text")
            .AssertAsks(ConversationPrompts.PiiReview, check: reply =>
            {
                var card = reply.Attachments!.Single().Content!.Value.GetRawText();
                Assert.Contains("\"value\":\"keep\"", card, StringComparison.Ordinal);
                Assert.Contains("\"value\":\"edit\"", card, StringComparison.Ordinal);
            })
            .StartTestAsync();
    }

    [Fact]
    public async Task Review_CardTwoBadEdits_NamesBoth()
    {
        var submit = new Activity { Type = ActivityTypes.Message };
        await StartReview(TwoFindings, reply => submit.Value = JsonSerializer.SerializeToElement(new JsonObject
            {
                ["promptId"] = ReadPromptId(reply),
                ["action"] = "applyChoices",
                ["finding-0"] = "edit",
                ["finding-0-text"] = "219-09-9999",
                ["finding-1"] = "edit",
                ["finding-1-text"] = " ",
            }))
            .Send(submit)
            .AssertReplySatisfies(reply =>
            {
                var text = reply.Text ?? "";
                Assert.StartsWith("The new text for 1 (SSN in", text, StringComparison.Ordinal);
                Assert.Contains("To replace 2 (E-mail address in", text, StringComparison.Ordinal);
                Assert.DoesNotContain("219-09-9999", text, StringComparison.Ordinal);
                Assert.DoesNotContain("choices are kept", text, StringComparison.Ordinal);
            })
            .AssertAsks(ConversationPrompts.PiiReview)
            .StartTestAsync();
    }

    [Fact]
    public async Task Review_KeepAll_SaysEncryptAndRecordsCategories()
    {
        var draft = await RunToDraftAsync(TwoFindings, flow => flow
            .Send("keep")
            .AssertNextContains("send the e-mail encrypted"));

        Assert.Contains("SECURE E-MAIL", draft, StringComparison.Ordinal);
        Assert.Contains("E-mail address", draft, StringComparison.Ordinal);
    }
}
