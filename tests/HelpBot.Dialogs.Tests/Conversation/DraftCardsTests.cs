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

        var card = DraftCards.Create(draft, mailtoLink: null, new Uri("http://127.0.0.1:3978/drafts/d1.eml"), "HB-00000001").Attachments![0].Content!.Value.GetRawText();

        Assert.Contains(DraftCards.TooLongForMailLink, card, StringComparison.Ordinal);
        Assert.DoesNotContain("copy the text from this chat", card, StringComparison.Ordinal);
    }
}
