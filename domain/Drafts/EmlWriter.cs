using MimeKit;
using MimeKit.Text;

namespace HelpBot.Domain.Drafts;

/// <summary>Writes an e-mail draft as an .eml file that mail clients open as an unsent message.</summary>
public static class EmlWriter
{
    /// <summary>Header that makes Outlook open the file as a draft to edit and send.</summary>
    public const string UnsentHeader = "X-Unsent";

    /// <summary>
    /// Returns the MIME message: To, Subject, Date, a UTF-8 text/plain body and <c>X-Unsent: 1</c>.
    /// There is no From header, so the user's mail client fills in the sender.
    /// </summary>
    /// <param name="draft">The draft to write.</param>
    /// <param name="date">Date header; defaults to the current time.</param>
    public static byte[] Write(EmailDraft draft, DateTimeOffset? date = null)
    {
        ArgumentNullException.ThrowIfNull(draft);
        using var message = new MimeMessage();
        message.To.Add(MailboxAddress.Parse(draft.To));
        message.Subject = draft.Subject;
        message.Date = date ?? DateTimeOffset.Now;
        message.Headers.Add(UnsentHeader, "1");

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
