using HelpBot.Domain.Drafts;
using MimeKit;

namespace HelpBot.Domain.Tests.Drafts;

public sealed class SecureDraftTests
{
    private static readonly DraftPrivacy Kept = new(true, ["SSN", "Name"]);

    [Fact]
    public void Compose_PersonalDataKept_BodyStartsWithSecureLine()
    {
        var draft = EmailDraftComposer.Compose(DraftTestReports.CreatePeakReport(), TestContent.Content, Kept);

        Assert.StartsWith("SECURE E-MAIL: send this message encrypted.", draft.PlainTextBody, StringComparison.Ordinal);
        Assert.Contains("(SSN, Name)", draft.PlainTextBody, StringComparison.Ordinal);
    }

    [Fact]
    public void Compose_PersonalDataKept_RecordsKeptCategories()
    {
        var draft = EmailDraftComposer.Compose(DraftTestReports.CreatePeakReport(), TestContent.Content, Kept);

        Assert.Equal(["SSN", "Name"], draft.KeptCategories);
    }

    [Fact]
    public void Compose_NothingKept_HasNoSecureLine()
    {
        var draft = EmailDraftComposer.Compose(DraftTestReports.CreatePeakReport(), TestContent.Content, DraftPrivacy.None);

        Assert.DoesNotContain("SECURE E-MAIL", draft.PlainTextBody, StringComparison.Ordinal);
        Assert.Empty(draft.KeptCategories);
    }

    [Fact]
    public void Write_PersonalDataKept_MarksMessageForEncryption()
    {
        var message = Parse(EmailDraftComposer.Compose(DraftTestReports.CreatePeakReport(), TestContent.Content, Kept));

        Assert.Equal("Private", message.Headers[EmlWriter.SensitivityHeader]);
        Assert.Equal("SSN, Name", message.Headers[EmlWriter.EncryptionRequiredHeader]);
        Assert.StartsWith("SECURE E-MAIL", Assert.IsType<TextPart>(message.Body).Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Write_NothingKept_HasNoEncryptionHeaders()
    {
        var message = Parse(EmailDraftComposer.Compose(DraftTestReports.CreatePeakReport(), TestContent.Content, DraftPrivacy.None));

        Assert.Null(message.Headers[EmlWriter.SensitivityHeader]);
        Assert.Null(message.Headers[EmlWriter.EncryptionRequiredHeader]);
    }

    [Fact]
    public void Write_Draft_HasNoFromAndNoHostName()
    {
        var draft = EmailDraftComposer.Compose(DraftTestReports.CreatePeakReport(), TestContent.Content, DraftPrivacy.None);
        var text = System.Text.Encoding.UTF8.GetString(EmlWriter.Write(draft, DateTimeOffset.UnixEpoch));
        var message = Parse(draft);

        Assert.DoesNotContain("\r\nFrom:", "\r\n" + text, StringComparison.OrdinalIgnoreCase);
        Assert.EndsWith("@" + EmlWriter.MessageIdDomain, message.MessageId, StringComparison.Ordinal);
    }

    private static MimeMessage Parse(EmailDraft draft)
    {
        using var stream = new MemoryStream(EmlWriter.Write(draft, DateTimeOffset.UnixEpoch));
        return MimeMessage.Load(stream);
    }
}
