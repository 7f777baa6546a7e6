using System.Text;
using System.Text.RegularExpressions;
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

    [Fact]
    public void Write_WithFiles_IsMultipartMixedWithBodyFirst()
    {
        var message = Parse(CreateDraft(["error.png", "notice.pdf"]), CreateFiles());

        var mixed = Assert.IsType<Multipart>(message.Body);
        Assert.Equal("multipart/mixed", mixed.ContentType.MimeType);
        Assert.Equal(3, mixed.Count);
        var body = Assert.IsType<TextPart>(mixed[0]);
        Assert.True(body.IsPlain);
        Assert.Contains("Café – “quoted”", body.Text, StringComparison.Ordinal);
        Assert.Equal("1", message.Headers["X-Unsent"]);
    }

    [Fact]
    public void Write_WithFiles_EachPartIsBase64Attachment()
    {
        var files = CreateFiles();
        var message = Parse(CreateDraft(["error.png", "notice.pdf"]), files);

        var parts = message.Attachments.Cast<MimePart>().ToList();
        Assert.Equal(2, parts.Count);
        for (var i = 0; i < files.Count; i++)
        {
            Assert.Equal(files[i].ContentType, parts[i].ContentType.MimeType);
            Assert.Equal(ContentDisposition.Attachment, parts[i].ContentDisposition!.Disposition);
            Assert.Equal(files[i].Name, parts[i].FileName);
            Assert.Equal(ContentEncoding.Base64, parts[i].ContentTransferEncoding);
            using var decoded = new MemoryStream();
            parts[i].Content!.DecodeTo(decoded);
            Assert.Equal(files[i].Content, decoded.ToArray());
        }
    }

    [Fact]
    public void Write_WithFiles_RawMessageHasBoundariesAndShortBase64Lines()
    {
        var files = CreateFiles();
        var raw = Encoding.ASCII.GetString(EmlWriter.Write(CreateDraft(["error.png", "notice.pdf"]), files, s_date));
        var boundary = Regex.Match(raw, "Content-Type: multipart/mixed;\\s*boundary=\"(?<b>[^\"]+)\"").Groups["b"].Value;

        Assert.NotEmpty(boundary);
        Assert.Equal(3, Regex.Count(raw, "\r\n--" + Regex.Escape(boundary) + "\r\n"));
        Assert.EndsWith("\r\n--" + boundary + "--\r\n", raw, StringComparison.Ordinal);
        Assert.Contains("Content-Disposition: attachment; filename=error.png\r\n", raw, StringComparison.Ordinal);
        Assert.Contains("Content-Transfer-Encoding: base64\r\n", raw, StringComparison.Ordinal);

        var partStart = raw.IndexOf("filename=notice.pdf", StringComparison.Ordinal);
        var base64 = raw[(raw.IndexOf("\r\n\r\n", partStart, StringComparison.Ordinal) + 4)..raw.IndexOf("\r\n--" + boundary + "--", StringComparison.Ordinal)];
        var lines = base64.TrimEnd('\r', '\n').Split("\r\n");
        Assert.All(lines[..^1], line => Assert.Equal(76, line.Length));
        Assert.InRange(lines[^1].Length, 1, 76);
        Assert.Equal(files[1].Content, Convert.FromBase64String(string.Concat(lines)));
    }

    [Fact]
    public void Write_FileWithoutBytes_BodyNamesItToAttachByHand()
    {
        var message = Parse(CreateDraft(["error.png", "typed-name.png"]), [CreateFiles()[0]]);

        Assert.Single(message.Attachments);
        Assert.StartsWith("Before you send: attach typed-name.png by hand, then delete this line.\n\nHello,", message.TextBody, StringComparison.Ordinal);
    }

    [Fact]
    public void Write_ComposedDraftWithoutBytes_LineUnderAttachedLine()
    {
        var draft = EmailDraftComposer.Compose(DraftTestReports.CreatePeakReport(), TestContent.Content, new DraftPrivacy(true, ["SSN"]));
        var raw = Encoding.UTF8.GetString(EmlWriter.Write(draft, [], s_date));
        var body = Parse(draft, []).TextBody!;

        Assert.StartsWith("SECURE E-MAIL", body, StringComparison.Ordinal);
        Assert.Contains("Attached: renewal-error.png\nBefore you send: attach renewal-error.png by hand, then delete this line.\n", body, StringComparison.Ordinal);
        Assert.Contains("\r\nAttached: renewal-error.png\r\nBefore you send: attach", raw, StringComparison.Ordinal);
    }

    [Fact]
    public void Write_ComposedDraftWithBytes_HasNoAttachByHandLine()
    {
        var draft = EmailDraftComposer.Compose(DraftTestReports.CreatePeakReport(), TestContent.Content, DraftPrivacy.None);
        var message = Parse(draft, [new DraftFile("renewal-error.png", "image/png", [1, 2, 3])]);

        Assert.DoesNotContain("by hand", message.TextBody, StringComparison.Ordinal);
        Assert.Contains("Attached: renewal-error.png", message.TextBody, StringComparison.Ordinal);
        Assert.Equal("renewal-error.png", Assert.Single(message.Attachments).ContentDisposition!.FileName);
    }

    [Fact]
    public void Write_NoFileBytes_StaysSinglePartAndNamesAll()
    {
        var message = Parse(CreateDraft(["error.png", "notice.pdf"]), []);

        Assert.IsType<TextPart>(message.Body);
        Assert.StartsWith(EmlWriter.AttachByHandLine(["error.png", "notice.pdf"]), message.TextBody, StringComparison.Ordinal);
    }

    [Fact]
    public void Write_NothingToAttach_HasNoAttachLine()
    {
        var message = Parse(CreateDraft());

        Assert.StartsWith("Hello,", message.TextBody, StringComparison.Ordinal);
    }

    private static MimeMessage Parse(EmailDraft draft, IReadOnlyList<DraftFile>? files = null)
    {
        using var stream = new MemoryStream(EmlWriter.Write(draft, files ?? [], s_date));
        return MimeMessage.Load(stream);
    }

    // 200 bytes of a PDF give three base64 lines of 76 characters and a shorter last one.
    private static List<DraftFile> CreateFiles() =>
    [
        new("error.png", "image/png", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13]),
        new("notice.pdf", "application/pdf", [.. Enumerable.Range(0, 200).Select(i => (byte)i)]),
    ];

    private static EmailDraft CreateDraft(IReadOnlyList<string>? attachments = null) => new()
    {
        To = "CBMS.help@state.co.us",
        Subject = "PEAK technical issue: Benefit information page, 2026-08-22",
        Sections = [],
        AttachmentsToAdd = attachments ?? [],
        PlainTextBody = "Hello,\r\nCafé – “quoted”\r\n",
    };
}
