using HelpBot.Dialogs.Conversation.Prompts;
using HelpBot.Domain.Content;
using HelpBot.Domain.Drafts;
using HelpBot.Domain.Reports;
using HelpBot.Domain.Systems;

namespace HelpBot.Dialogs.Tests.Conversation;

public sealed class DraftCardsTests
{
    private static DeskAidContent Content { get; } = DeskAidContentLoader.Load(DeskAidContentLoader.DefaultPath);

    [Fact]
    public void Create_NoMailLink_PointsToEml()
    {
        var report = new IssueReport { System = SupportSystems.Peak, Description = "Upload fails on the income page. " + new string('x', 3000) };
        var draft = EmailDraftComposer.Compose(report, Content, DraftPrivacy.None);

        var card = DraftCards.Create(draft, attachedFiles: [], mailtoLink: null, new Uri("http://127.0.0.1:3978/drafts/d1.eml"), "HB-00000001").Attachments![0].Content!.Value.GetRawText();

        Assert.Contains(DraftCards.TooLongForMailLink, card, StringComparison.Ordinal);
        Assert.DoesNotContain("copy the text from this chat", card, StringComparison.Ordinal);
    }

    [Fact]
    public void Create_NoMailLink_TextSaysWhyAndPointsToEml()
    {
        var text = DraftCards.Create(LongDraft(), attachedFiles: [], mailtoLink: null, DownloadUrl, "HB-00000001").Text;

        Assert.DoesNotContain("mailto:", text, StringComparison.Ordinal);
        Assert.Contains(DraftCards.TooLongForMailLinkText, text, StringComparison.Ordinal);
        Assert.Contains("Download as an .eml file: " + DownloadUrl.AbsoluteUri, text, StringComparison.Ordinal);
    }

    [Fact]
    public void Create_NoMailLink_CardHasNoMailAction()
    {
        var card = DraftCards.Create(LongDraft(), attachedFiles: [], mailtoLink: null, DownloadUrl, "HB-00000001").Attachments![0].Content!.Value.GetRawText();

        Assert.DoesNotContain("mailto:", card, StringComparison.Ordinal);
        Assert.Contains(DownloadUrl.AbsoluteUri, card, StringComparison.Ordinal);
    }

    [Fact]
    public void Create_WithMailLink_TextHasNoTooLongNote()
    {
        var text = DraftCards.Create(ShortDraft(["error.png"]), attachedFiles: [], "mailto:CBMS.help@state.co.us?subject=PEAK", DownloadUrl, "HB-00000001").Text;

        Assert.Contains("Open in your mail app: mailto:", text, StringComparison.Ordinal);
        Assert.DoesNotContain(DraftCards.TooLongForMailLinkText, text, StringComparison.Ordinal);
    }

    [Fact]
    public void Create_FilesInEml_MailLinkStillNeedsAttaching()
    {
        var activity = DraftCards.Create(ShortDraft(["error.png", "typed.png"]), ["error.png"], "mailto:CBMS.help@state.co.us?subject=PEAK", DownloadUrl, "HB-00000001");
        var card = activity.Attachments![0].Content!.Value.GetRawText();

        const string Expected = "The .eml download has error.png attached. Attach typed.png yourself. " +
            "The mail-app link cannot carry files, so if you use it, attach every file yourself.";
        Assert.Contains(Expected, activity.Text, StringComparison.Ordinal);
        Assert.Contains(Expected, card, StringComparison.Ordinal);
        Assert.Contains("Review it, add the attachments, and send it", activity.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Create_NoFilesInEml_SaysAttachYourself()
    {
        var text = DraftCards.Create(ShortDraft(["error.png"]), attachedFiles: [], "mailto:CBMS.help@state.co.us?subject=PEAK", DownloadUrl, "HB-00000001").Text;

        Assert.Contains("Attach the files yourself: the .eml download does not contain them.", text, StringComparison.Ordinal);
        Assert.Contains("Before you attach the screenshots:", text, StringComparison.Ordinal);
    }

    private static Uri DownloadUrl { get; } = new("http://127.0.0.1:3978/drafts/d1.eml");

    private static EmailDraft LongDraft() => EmailDraftComposer.Compose(
        new IssueReport { System = SupportSystems.Peak, Description = "Upload fails on the income page. " + new string('x', 3000) }, Content, DraftPrivacy.None);

    private static EmailDraft ShortDraft(List<string> screenshots) => EmailDraftComposer.Compose(
        new IssueReport { System = SupportSystems.Peak, Description = "Upload fails on the income page.", Screenshots = screenshots }, Content, DraftPrivacy.None);
}
