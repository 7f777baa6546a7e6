using MimeKit;
using MimeKit.Text;
using MimeKit.Utils;

namespace HelpBot.Domain.Drafts;

/// <summary>Writes an e-mail draft as an .eml file that mail clients open as an unsent message.</summary>
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

    /// <summary>
    /// Returns the MIME message: To, Subject, Date, Message-ID, a UTF-8 text/plain body and <c>X-Unsent: 1</c>.
    /// There is no From header, so the user's mail client fills in the sender. A draft that must be sent
    /// encrypted also gets <c>Sensitivity: Private</c> and <see cref="EncryptionRequiredHeader"/> with the
    /// kept categories (never the values); the headers mark the message but do not encrypt it.
    /// </summary>
    /// <param name="draft">The draft to write.</param>
    /// <param name="date">Date header; defaults to the current time.</param>
    public static byte[] Write(EmailDraft draft, DateTimeOffset? date = null)
    {
        ArgumentNullException.ThrowIfNull(draft);
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

        var body = new TextPart(TextFormat.Plain) { ContentTransferEncoding = ContentEncoding.QuotedPrintable };
        body.SetText("utf-8", EmailDraftComposer.NormalizeLineBreaks(draft.PlainTextBody));
        message.Body = body;

        using var stream = new MemoryStream();
        var options = FormatOptions.Default.Clone();
        options.NewLineFormat = NewLineFormat.Dos;
        message.WriteTo(options, stream);
        return stream.ToArray();
    }
}
