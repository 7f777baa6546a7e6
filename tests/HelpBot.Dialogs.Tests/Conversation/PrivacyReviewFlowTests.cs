using HelpBot.Dialogs.Conversation.Markers;
using HelpBot.Protocol.Models;
using HelpBot.Testing;

namespace HelpBot.Dialogs.Tests.Conversation;

public sealed class PrivacyReviewFlowTests
{
    private const string Description = "When I press Submit on the income page PEAK shows the error ERR-500. The client's SSN is 078-05-1120.";
    private const string PageUrl = "https://peak.my.site.com/peak/s/benefit-information";

    [Fact]
    public async Task Review_Keep_AsksForEncryption()
    {
        string? draft = null;
        await StartReview()
            .Send("keep")
            .AssertSays(ConversationSteps.Draft, reply => draft = reply.Text)
            .StartTestAsync();

        Assert.Contains("078-05-1120", draft, StringComparison.Ordinal);
        Assert.Contains("encrypt", draft, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Review_EditDescription_AsksFieldThenChecksAgain()
    {
        string? draft = null;
        await StartReview()
            .Send("edit description")
            .AssertAsks(ConversationPrompts.Field, "description")
            .Send("When I press Submit on the income page PEAK shows the error ERR-500.")
            .AssertSays(ConversationSteps.Draft, reply => draft = reply.Text)
            .StartTestAsync();

        Assert.DoesNotContain("078-05-1120", draft, StringComparison.Ordinal);
        Assert.DoesNotContain("[SSN]", draft, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("dtestperson@example.org", "keep", "PEAK user name:\ndtestperson@example.org", true)]
    [InlineData("grace.baker@example.org", "remove", "PEAK user name:\n[EMAIL]", false)]
    public async Task Review_EmailUsername_IsReviewed(string username, string answer, string expectedLine, bool encrypted)
    {
        string? review = null;
        string? draft = null;
        await ConversationFlow.Create().Onboard()
            .Send("When I press Submit on the income page PEAK shows the error ERR-500.").AssertAsks(ConversationPrompts.Tips)
            .Send("still broken").AssertAsks(ConversationPrompts.PageAddress)
            .Send(PageUrl).AssertAsks(ConversationPrompts.Urgent)
            .Send("no").AnswerPeakFields(username)
            .AssertAsks(ConversationPrompts.PiiReview, check: reply => review = reply.Text)
            .Send(answer)
            .AssertSays(ConversationSteps.Draft, reply => draft = reply.Text)
            .StartTestAsync();

        Assert.Contains("Finding 1: E-mail address in PEAK user name", review, StringComparison.Ordinal);
        Assert.Contains("contains one piece of personal information", review, StringComparison.Ordinal);
        Assert.Contains(expectedLine, draft, StringComparison.Ordinal);
        Assert.Equal(encrypted, draft!.Contains("encrypt", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task Review_PlainUsername_IsNotReviewed()
    {
        string? draft = null;
        await ConversationFlow.Create().Onboard()
            .Send("When I press Submit on the income page PEAK shows the error ERR-500.").AssertAsks(ConversationPrompts.Tips)
            .Send("still broken").AssertAsks(ConversationPrompts.PageAddress)
            .Send(PageUrl).AssertAsks(ConversationPrompts.Urgent)
            .Send("no").AnswerPeakFields()
            .AssertSays(ConversationSteps.Draft, reply => draft = reply.Text)
            .StartTestAsync();

        Assert.Contains("cbo.navigator01", draft, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Review_MaskedPreview_NeverShowsWholeValue()
    {
        await ConversationFlow.Create().Onboard()
            .Send(Description).AssertAsks(ConversationPrompts.Tips)
            .Send("still broken").AssertAsks(ConversationPrompts.PageAddress)
            .Send(PageUrl).AssertAsks(ConversationPrompts.Urgent)
            .Send("no").AnswerPeakFields()
            .AssertAsks(ConversationPrompts.PiiReview, check: reply =>
            {
                Assert.DoesNotContain("078-05-1120", reply.Text, StringComparison.Ordinal);
                Assert.DoesNotContain("078-05-1120", reply.Attachments!.Single().Content!.Value.GetRawText(), StringComparison.Ordinal);
                Assert.Contains("SSN ending 1120", reply.Text, StringComparison.Ordinal);
            })
            .StartTestAsync();
    }

    [Fact]
    public async Task Screenshot_Uploaded_IsListedAsAttachmentToAdd()
    {
        var upload = new Activity
        {
            Type = ActivityTypes.Message,
            Attachments = [new Attachment { ContentType = "image/png", ContentUrl = "http://127.0.0.1/uploads/1", Name = "error-page.png" }],
        };
        string? draft = null;

        await ConversationFlow.Create().Onboard()
            .Send("When I press Submit on the income page PEAK shows the error ERR-500.").AssertAsks(ConversationPrompts.Tips)
            .Send("still broken").AssertAsks(ConversationPrompts.PageAddress)
            .Send(PageUrl).AssertAsks(ConversationPrompts.Urgent)
            .Send("no")
            .AnswerPeakFieldsUpToScreenshot()
            .Send(upload)
            .AssertSays(ConversationSteps.Draft, reply => draft = reply.Text)
            .StartTestAsync();

        Assert.Contains("error-page.png", draft, StringComparison.Ordinal);
    }

    [Fact]
    public async Task FirstMessagePassword_WarnedAtOnce_NeverReachesTheDraft()
    {
        string? draft = null;
        await ConversationFlow.Create().Onboard()
            .Send("PEAK shows the error ERR-500 on the income page. I signed in with password: Xq7!pLm#42zz and it still fails.")
            .AssertSays(ConversationSteps.PasswordWarning)
            .AssertAsks(ConversationPrompts.Tips)
            .Send("still broken").AssertAsks(ConversationPrompts.PageAddress)
            .Send(PageUrl).AssertAsks(ConversationPrompts.Urgent)
            .Send("no").AnswerPeakFields()
            .AssertSays(ConversationSteps.Draft, reply => draft = reply.Text)
            .StartTestAsync();

        Assert.DoesNotContain("Xq7!pLm#42zz", draft, StringComparison.Ordinal);
        Assert.Contains("[PASSWORD]", draft, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GeneralOutage_IsSentElsewhere()
    {
        await ConversationFlow.Create().Onboard()
            .Send("Is PEAK down for everyone? Nothing loads for any of our clients this morning.")
            .AssertSays(ConversationSteps.Elsewhere, reply => Assert.Equal("elsewhere", reply.GetMarker()!.Kind))
            .AssertAsks(ConversationPrompts.Menu)
            .StartTestAsync();
    }

    private static TestFlow StartReview() =>
        ConversationFlow.Create().Onboard()
            .Send(Description).AssertAsks(ConversationPrompts.Tips)
            .Send("still broken").AssertAsks(ConversationPrompts.PageAddress)
            .Send(PageUrl).AssertAsks(ConversationPrompts.Urgent)
            .Send("no").AnswerPeakFields()
            .AssertAsks(ConversationPrompts.PiiReview);
}
