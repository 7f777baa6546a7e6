using MimeKit;
using MimeKit.Text;
using MimeKit.Utils;

namespace HelpBot.Domain.Drafts;

/// <summary>
/// Writes an e-mail draft as an .eml file that mail clients open as an unsent message. Files whose
/// bytes the bot has become attachments: a multipart/mixed message (RFC 2046) whose file parts are
/// base64 with <c>Content-Disposition: attachment</c> (RFC 2183). The body names any other file to attach by hand.
/// </summary>
public static class EmlWriter
{
    /// <summary>Header that makes Outlook open the file as a draft to edit and send.</summary>
    public const string UnsentHeader = "X-Unsent";

    /// <summary>Header that lists the kinds of personal data kept in a draft that must be sent encrypted.</summary>
    public const string EncryptionRequiredHeader = "X-HelpBot-Encryption-Required";

    /// <summary>Domain of the draft's Message-ID; .invalid (RFC 2606) names no real host.</summary>
    public const string MessageIdDomain = "helpbot.invalid";

    /// <summary>Outlook's sensitivity header (RFC 2156); a draft with personal data is marked "Private".</summary>
    public const string SensitivityHeader = "Sensitivity";

    /// <summary>Writes <paramref name="draft"/> with no files attached, as <see cref="Write(EmailDraft, IReadOnlyList{DraftFile}, DateTimeOffset?)"/> does.</summary>
    public static byte[] Write(EmailDraft draft, DateTimeOffset? date = null) => Write(draft, [], date);

    /// <summary>
    /// Returns the MIME message: To, Subject, Date, Message-ID, a UTF-8 text/plain body and <c>X-Unsent: 1</c>.
    /// There is no From header, so the user's mail client fills in the sender. A draft that must be sent
    /// encrypted also gets <c>Sensitivity: Private</c> and <see cref="EncryptionRequiredHeader"/> with the
    /// kept categories (never the values); the headers mark the message but do not encrypt it.
    /// With <paramref name="files"/>, the message is multipart/mixed: the body first, then one part per file.
    /// A name in <see cref="EmailDraft.AttachmentsToAdd"/> with no file is named in a line of the screenshots
    /// section that tells the sender to attach it by hand.
    /// </summary>
    /// <param name="draft">The draft to write.</param>
    /// <param name="files">The files to attach, in the draft's order.</param>
    /// <param name="date">Date header; defaults to the current time.</param>
    public static byte[] Write(EmailDraft draft, IReadOnlyList<DraftFile> files, DateTimeOffset? date = null)
    {
        ArgumentNullException.ThrowIfNull(draft);
        ArgumentNullException.ThrowIfNull(files);
        using var message = new MimeMessage();

        // MimeMessage starts with an empty From header, which RFC 5322 does not allow, and a Message-ID
        // from the machine's host name.
        message.Headers.Remove(HeaderId.From);
        message.MessageId = MimeUtils.GenerateMessageId(MessageIdDomain);
        message.To.Add(MailboxAddress.Parse(draft.To));
        message.Subject = draft.Subject;
        message.Date = date ?? DateTimeOffset.Now;
        message.Headers.Add(UnsentHeader, "1");
        if (draft.EncryptionRequired)
        {
            message.Headers.Add(SensitivityHeader, "Private");
            message.Headers.Add(EncryptionRequiredHeader, draft.KeptCategories.Count == 0 ? "yes" : string.Join(", ", draft.KeptCategories));
        }

        message.Body = CreateBody(draft, files);

        using var stream = new MemoryStream();
        var options = FormatOptions.Default.Clone();
        options.NewLineFormat = NewLineFormat.Dos;
        message.WriteTo(options, stream);
        return stream.ToArray();
    }

    /// <summary>Returns the line that tells the sender to attach <paramref name="names"/> by hand.</summary>
    public static string AttachByHandLine(IEnumerable<string> names) =>
        $"Before you send: attach {string.Join(", ", names)} by hand, then delete this line.";

    private static MimeEntity CreateBody(EmailDraft draft, IReadOnlyList<DraftFile> files)
    {
        var text = WithAttachByHandLine(EmailDraftComposer.NormalizeLineBreaks(draft.PlainTextBody), draft, files);

        var body = new TextPart(TextFormat.Plain) { ContentTransferEncoding = ContentEncoding.QuotedPrintable };
        body.SetText("utf-8", text);
        if (files.Count == 0)
        {
            return body;
        }

        var mixed = new Multipart("mixed") { body };
        foreach (var file in files)
        {
            mixed.Add(CreateFilePart(file));
        }

        return mixed;
    }

    // The line goes under the screenshots section's "Attached:" line, so the secure e-mail and urgent
    // lines stay first. A body without that line, which EmailDraftComposer never writes, gets it first.
    private static string WithAttachByHandLine(string body, EmailDraft draft, IReadOnlyList<DraftFile> files)
    {
        var missing = draft.AttachmentsToAdd.Where(name => !files.Any(file => file.Name == name)).ToList();
        if (missing.Count == 0)
        {
            return body;
        }

        var attached = ReportFormatting.AttachedLine(draft.AttachmentsToAdd) + "\r\n";
        var index = body.IndexOf(attached, StringComparison.Ordinal);
        return index < 0
            ? AttachByHandLine(missing) + "\r\n\r\n" + body
            : body.Insert(index + attached.Length, AttachByHandLine(missing) + "\r\n");
    }

    // MimeKit writes base64 in lines of 76 characters, as RFC 2045 section 6.8 requires.
    private static MimePart CreateFilePart(DraftFile file)
    {
        var contentType = ContentType.TryParse(file.ContentType, out var parsed) ? parsed : new ContentType("application", "octet-stream");
        return new MimePart(contentType)
        {
            Content = new MimeContent(new MemoryStream(file.Content, writable: false)),
            ContentDisposition = new ContentDisposition(ContentDisposition.Attachment),
            ContentTransferEncoding = ContentEncoding.Base64,
            FileName = file.Name,
        };
    }
}
