using HelpBot.Domain.Drafts;
using MimeKit;

namespace HelpBot.Domain.Tests.Drafts;

public sealed class EmlWriterTests
{
    private static readonly DateTimeOffset s_date = new(2026, 9, 1, 10, 0, 0, TimeSpan.FromHours(-6));

    [Fact]
    public void Write_Draft_ParsesBackWithUnsentHeader()
    {
        var message = Parse(CreateDraft());

        Assert.Equal("1", message.Headers["X-Unsent"]);
    }

    [Fact]
    public void Write_Draft_KeepsRecipientSubjectAndDate()
    {
        var message = Parse(CreateDraft());

        Assert.Equal("CBMS.help@state.co.us", message.To.Mailboxes.Single().Address);
        Assert.Equal("PEAK technical issue: Benefit information page, 2026-08-22", message.Subject);
        Assert.Equal(s_date, message.Date);
    }

    [Fact]
    public void Write_Draft_HasNoSender()
    {
        Assert.Empty(Parse(CreateDraft()).From);
    }

    [Fact]
    public void Write_NonAsciiBody_RoundTripsAsUtf8PlainText()
    {
        var message = Parse(CreateDraft());

        var body = Assert.IsType<TextPart>(message.Body);
        Assert.True(body.IsPlain);
        Assert.Equal("utf-8", body.ContentType.Charset, ignoreCase: true);
        Assert.Contains("Café – “quoted”", body.Text, StringComparison.Ordinal);
    }

    private static MimeMessage Parse(EmailDraft draft)
    {
        using var stream = new MemoryStream(EmlWriter.Write(draft, s_date));
        return MimeMessage.Load(stream);
    }

    private static EmailDraft CreateDraft() => new()
    {
        To = "CBMS.help@state.co.us",
        Subject = "PEAK technical issue: Benefit information page, 2026-08-22",
        Sections = [],
        AttachmentsToAdd = [],
        PlainTextBody = "Hello,\r\nCafé – “quoted”\r\n",
    };
}
