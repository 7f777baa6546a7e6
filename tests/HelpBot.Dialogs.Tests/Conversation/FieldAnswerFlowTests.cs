using HelpBot.Dialogs.Conversation.Markers;
using HelpBot.Testing;

namespace HelpBot.Dialogs.Tests.Conversation;

/// <summary>How typed answers to the field questions replace, keep or reject the prefilled value.</summary>
public sealed class FieldAnswerFlowTests
{
    private const string ConnectAddress = "https://connectforhealthco.com/login-portal/";
    private const string PeakAddress = "https://peak.my.site.com/peak/s/benefit-information";

    private const string ConnectNoErrorText =
        "Creating an account for a new client, then logging in. After Create Account we got an error page, and logging in showed a " +
        "different error. We did not write the error text down.";

    private const string PeakThinNoErrorText = "PEAK upload gave an error, didn't write it down";

    [Fact]
    public async Task ConnectDescription_NoErrorTextKept_MovesOn()
    {
        await ConversationFlow.Create().Onboard()
            .Send(ConnectNoErrorText)
            .AssertAsks(ConversationPrompts.Tips)
            .Send("still broken, tried all three")
            .AssertAsks(ConversationPrompts.PageAddress)
            .Send(ConnectAddress)
            .AssertAsks(ConversationPrompts.Field, "description", reply =>
            {
                Assert.StartsWith(
                    "Your message says the error text was not kept. If you can, add what the screen showed, even roughly. " +
                    "What were you trying to do in Connect for Health Colorado, and what happened?",
                    reply.Text,
                    StringComparison.Ordinal);
                Assert.Contains("Type 'keep' to use it, or type a new answer.", reply.Text, StringComparison.Ordinal);
            })
            .Send("keep")
            .AssertAsks(ConversationPrompts.Field, "when")
            .StartTestAsync();
    }

    [Fact]
    public async Task ConnectDescription_ThinAnswer_NamesServiceCenterAndReplaces()
    {
        await ConversationFlow.Create().Onboard()
            .Send("Connect for Health Colorado gave an error, didn't write it down")
            .AssertAsks(ConversationPrompts.Tips)
            .Send("still broken, tried all three")
            .AssertAsks(ConversationPrompts.PageAddress)
            .Send(ConnectAddress)
            .AssertAsks(ConversationPrompts.Field, "description", reply =>
            {
                Assert.Equal(
                    "What were you trying to do in Connect for Health Colorado, and what happened? If there was an error message, what did it say?\n\n" +
                    "I have: Connect for Health Colorado gave an error, didn't write it down\n\n" +
                    "The Service Center needs some detail about the error. Please describe what the screen showed, even roughly, or what you were doing when it happened. " +
                    "Please type the whole answer.",
                    reply.Text);
                Assert.DoesNotContain("PEAK", reply.Text, StringComparison.Ordinal);
            })
            .Send("keep")
            .AssertReply(
                "The text I have is not enough yet, so it can't be kept as it is. The Service Center needs some detail about the error. Please describe what the " +
                "screen showed, even roughly, or what you were doing when it happened. Please type the whole answer.")
            .AssertAsks(ConversationPrompts.Field, "description")
            .Send("Create Account showed a blank page after the client pressed Submit")
            .AssertAsks(ConversationPrompts.Field, "when")
            .Send("back")
            .AssertAsks(ConversationPrompts.Field, "description", reply =>
                Assert.Contains("I have: Create Account showed a blank page after the client pressed Submit\n\nType 'keep'", reply.Text, StringComparison.Ordinal))
            .StartTestAsync();
    }

    [Fact]
    public async Task PeakDescription_NewAnswer_ReplacesPrefilledText()
    {
        string? draftText = null;
        await ConversationFlow.Create().Onboard()
            .Send("When I press Submit on the income page PEAK shows the error ERR-500.")
            .AssertAsks(ConversationPrompts.Tips)
            .Send("still broken, tried all three")
            .AssertAsks(ConversationPrompts.PageAddress)
            .Send(PeakAddress)
            .AssertAsks(ConversationPrompts.Urgent)
            .Send("no")
            .AssertAsks(ConversationPrompts.Field, "username").Send("back")
            .AssertAsks(ConversationPrompts.Urgent).Send("no")
            .AssertAsks(ConversationPrompts.Field, "username").Send("testuser55")
            .AssertAsks(ConversationPrompts.Field, "page").Send("Income, Jobs section")
            .AssertAsks(ConversationPrompts.Field, "when").Send("03/10/2026 9:15 am")
            .AssertAsks(ConversationPrompts.Field, "impact").Send("The client could not submit")
            .AssertAsks(ConversationPrompts.Field, "caseNumber").Send("back")
            .AssertAsks(ConversationPrompts.Field, "impact", reply => Assert.Contains("I have: The client could not submit", reply.Text, StringComparison.Ordinal))
            .Send("The renewal is due this week")
            .AssertAsks(ConversationPrompts.Field, "caseNumber").Send("1B00000")
            .AssertAsks(ConversationPrompts.Field, "screenshot").Send("none")
            .AssertSays(ConversationSteps.Draft, reply => draftText = reply.Text)
            .StartTestAsync();

        Assert.Contains("The renewal is due this week", draftText, StringComparison.Ordinal);
        Assert.DoesNotContain("The client could not submit", draftText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PeakDescription_ThinAnswerReplacedNotAppended()
    {
        string? draftText = null;
        await ConversationFlow.Create().Onboard()
            .Send(PeakThinNoErrorText)
            .AssertAsks(ConversationPrompts.Tips)
            .Send("still broken, tried all three")
            .AssertAsks(ConversationPrompts.PageAddress)
            .Send(PeakAddress)
            .AssertAsks(ConversationPrompts.Urgent)
            .Send("no")
            .AssertAsks(ConversationPrompts.Field, "description", reply => Assert.DoesNotContain("keep", reply.Text, StringComparison.Ordinal))
            .Send("Uploading the pay stub on the Documents page shows a red banner and the file is not listed")
            .AssertAsks(ConversationPrompts.Field, "username").Send("my PEAK user name is testuser55")
            .AssertAsks(ConversationPrompts.Field, "page").Send("keep")
            .AssertAsks(ConversationPrompts.Field, "when").Send("03/10/2026 9:15 am")
            .AssertAsks(ConversationPrompts.Field, "impact").Send("The client could not submit")
            .AssertAsks(ConversationPrompts.Field, "caseNumber").Send("no case number yet, it's a new application")
            .AssertAsks(ConversationPrompts.Field, "screenshot").Send("none")
            .AssertSays(ConversationSteps.Draft, reply => draftText = reply.Text)
            .StartTestAsync();

        var text = draftText!.Replace("\r\n", "\n", StringComparison.Ordinal);
        Assert.Contains("Uploading the pay stub on the Documents page shows a red banner", text, StringComparison.Ordinal);
        Assert.DoesNotContain("didn't write it down", text, StringComparison.Ordinal);
        Assert.Contains("PEAK user name:\ntestuser55\n", text, StringComparison.Ordinal);
        Assert.Contains(
            "No case number yet: the application has not been submitted and has no tracking or authorization number. The PEAK user name in this e-mail identifies the account.",
            text,
            StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("keep")]
    [InlineData("Keep it")]
    public async Task KeepWithoutPrefill_Rejected(string answer)
    {
        await ConversationFlow.Create().Onboard()
            .Send("When I press Submit on the income page PEAK shows the error ERR-500.")
            .AssertAsks(ConversationPrompts.Tips)
            .Send("still broken, tried all three")
            .AssertAsks(ConversationPrompts.PageAddress)
            .Send(PeakAddress)
            .AssertAsks(ConversationPrompts.Urgent).Send("no")
            .AssertAsks(ConversationPrompts.Field, "username").Send(answer)
            .AssertReply("There is nothing to keep yet for PEAK user name. Please type your answer.")
            .AssertAsks(ConversationPrompts.Field, "username").Send("testuser55")
            .AssertAsks(ConversationPrompts.Field, "page").Send("keep")
            .AssertAsks(ConversationPrompts.Field, "when").Send("03/10/2026 9:15 am")
            .AssertAsks(ConversationPrompts.Field, "impact").Send(answer)
            .AssertReply("There is nothing to keep yet for Result or impact. Please type your answer.")
            .AssertAsks(ConversationPrompts.Field, "impact")
            .StartTestAsync();
    }

    [Theory]
    [InlineData("skip")]
    [InlineData("I will look it up")]
    public async Task CaseNumberNotUnderstood_ExplainsOptions(string answer)
    {
        await ConversationFlow.Create().Onboard()
            .Send("When I press Submit on the income page PEAK shows the error ERR-500.")
            .AssertAsks(ConversationPrompts.Tips).Send("still broken, tried all three")
            .AssertAsks(ConversationPrompts.PageAddress).Send(PeakAddress)
            .AssertAsks(ConversationPrompts.Urgent).Send("no")
            .AssertAsks(ConversationPrompts.Field, "username").Send("testuser55")
            .AssertAsks(ConversationPrompts.Field, "page").Send("keep")
            .AssertAsks(ConversationPrompts.Field, "when").Send("03/10/2026 9:15 am")
            .AssertAsks(ConversationPrompts.Field, "impact").Send("The client could not submit")
            .AssertAsks(ConversationPrompts.Field, "caseNumber").Send(answer)
            .AssertReply(
                "I could not read a case number in that. A CBMS case number starts with 1B, such as 1B00000. If the application has not been submitted yet, " +
                "type \"tracking\" and the tracking or authorization number, for example \"tracking 12345\". If there is no number at all yet, type \"none\"; " +
                "if there is one but you don't have it, type \"don't know\".")
            .AssertAsks(ConversationPrompts.Field, "caseNumber")
            .Send("none")
            .AssertAsks(ConversationPrompts.Field, "screenshot")
            .StartTestAsync();
    }

    [Fact]
    public async Task TipsAnswer_NoneTried_AsksPageAddress()
    {
        await ConversationFlow.Create().Onboard()
            .Send("When I press Submit on the income page PEAK shows the error ERR-500.")
            .AssertAsks(ConversationPrompts.Tips)
            .Send("we haven't tried any of them")
            .AssertAsks(ConversationPrompts.PageAddress)
            .StartTestAsync();
    }

    [Theory]
    [InlineData("2")]
    [InlineData("2)")]
    public async Task PrivacyReview_TypedButtonNumber_PicksAction(string answer)
    {
        string? draftText = null;
        await ConversationFlow.Create().Onboard()
            .Send("When I press Submit on the income page PEAK shows the error ERR-500. The client's SSN is 078-05-1120.")
            .AssertAsks(ConversationPrompts.Tips).Send("still broken, tried all three")
            .AssertAsks(ConversationPrompts.PageAddress).Send(PeakAddress)
            .AssertAsks(ConversationPrompts.Urgent).Send("no")
            .AssertAsks(ConversationPrompts.Field, "username").Send("testuser55")
            .AssertAsks(ConversationPrompts.Field, "page").Send("keep")
            .AssertAsks(ConversationPrompts.Field, "when").Send("03/10/2026 9:15 am")
            .AssertAsks(ConversationPrompts.Field, "impact").Send("The client could not submit")
            .AssertAsks(ConversationPrompts.Field, "caseNumber").Send("1B00000")
            .AssertAsks(ConversationPrompts.Field, "screenshot").Send("none")
            .AssertAsks(ConversationPrompts.PiiReview, check: reply => Assert.Contains("2) Remove all automatically", reply.Text, StringComparison.Ordinal))
            .Send(answer)
            .AssertSays(ConversationSteps.Draft, reply => draftText = reply.Text)
            .StartTestAsync();

        Assert.Contains("[SSN]", draftText, StringComparison.Ordinal);
        Assert.DoesNotContain("078-05-1120", draftText, StringComparison.Ordinal);
    }
}
