using System.Text;
using HelpBot.Cards.Builders;
using HelpBot.Cards.Model;
using HelpBot.Cards.Serialization;
using HelpBot.Cards.Text;
using HelpBot.Dialogs.Conversation.Replies;
using HelpBot.Domain.Drafts;
using HelpBot.Protocol.Models;
using CardAction = HelpBot.Cards.Model.CardAction;

namespace HelpBot.Dialogs.Conversation.Prompts;

/// <summary>
/// The e-mail draft card: recipient, subject, every field under its heading, the attachments to add (when any),
/// the encryption note when personal data stays, and the actions open in mail app, download .eml and
/// start over, and "I sent it", which records the ticket as reported. The reminder to erase personal
/// information from the attachments is on the card, outside the e-mail's body. The message text carries
/// the whole draft for clients that show no cards.
/// </summary>
public static class DraftCards
{
    /// <summary>
    /// Note on a draft with no mail link. The card shortens long sections, so it points to the .eml file,
    /// which has the whole message.
    /// </summary>
    public const string TooLongForMailLink = "The message is too long for a mail link. Download the .eml file: it has the whole message, and this card shortens long sections.";

    /// <summary>
    /// Note in the chat text of a draft with no mail link, for clients that show no cards. That text
    /// carries the whole message, so it can be copied from there.
    /// </summary>
    public const string TooLongForMailLinkText = "The message is too long for a mail link, so there is no mail-app link. Download the .eml file below, or copy the message above into a new e-mail.";

    /// <summary>
    /// Creates the draft message. <paramref name="attachedFiles"/> names the files the .eml download
    /// carries; <paramref name="mailtoLink"/> is null when the message is too long for a mail link.
    /// </summary>
    public static Activity Create(EmailDraft draft, IReadOnlyList<string> attachedFiles, string? mailtoLink, Uri downloadUrl, string ticketId)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(ticketId);
        ArgumentNullException.ThrowIfNull(draft);
        ArgumentNullException.ThrowIfNull(attachedFiles);
        ArgumentNullException.ThrowIfNull(downloadUrl);
        var text = BuildText(draft, attachedFiles, mailtoLink, downloadUrl);
        var facts = new FactSet();
        foreach (var section in draft.Sections)
        {
            facts.WithFact(section.Heading, CardText.Escape(section.Body, 600));
        }

        var body = new List<CardElement>
        {
            TextBlock.Heading("Your e-mail to the CBMS help desk"),
            new FactSet().WithFact("To", CardText.Escape(draft.To)).WithFact("Subject", CardText.Escape(draft.Subject)),
            facts,
        };
        if (draft.UrgentNote is not null)
        {
            body.Insert(1, TextBlock.Note(CardText.Escape(draft.UrgentNote)).WithColor(TextColors.Attention));
        }

        if (draft.AttachmentsToAdd.Count > 0)
        {
            body.Add(TextBlock.SectionTitle("Attachments to add"));
            body.Add(new TextBlock(CardText.Escape(string.Join("\n", draft.AttachmentsToAdd.Select(a => $"• {a}")))));
            body.Add(TextBlock.Note(CardText.Escape(WhereFilesGo(draft, attachedFiles, mailtoLink))));
        }

        if (draft.AttachmentReminder is not null)
        {
            body.Add(TextBlock.Note(CardText.Escape(BeforeAttaching(draft.AttachmentReminder, attachedFiles))).WithColor(TextColors.Attention));
        }

        if (draft.EncryptionNote is not null)
        {
            body.Add(TextBlock.Note(CardText.Escape(draft.EncryptionNote)).WithColor(TextColors.Attention));
        }

        if (mailtoLink is null)
        {
            body.Add(TextBlock.Note(TooLongForMailLink));
        }

        var actions = new List<CardAction>();
        if (mailtoLink is not null)
        {
            actions.Add(new OpenUrlAction("Open in mail app", mailtoLink));
        }

        actions.Add(new OpenUrlAction("Download .eml", downloadUrl.AbsoluteUri));

        // Handled by the follow-up router whatever dialog is active, so it carries the ticket, not a prompt id.
        actions.Add(new SubmitAction("I sent it", new SubmitData { Action = CardActionNames.EmailSent, TicketId = ticketId }) { AssociatedInputs = AssociatedInputs.None });
        actions.Add(new SubmitAction("Start over", new SubmitData { Command = NavigationCommands.StartOver }) { AssociatedInputs = AssociatedInputs.None });
        var card = new AdaptiveCard().WithBody(body).WithActions(actions).WithFallbackText(text);
        return Reply.Card(AdaptiveCardAttachment.ToJsonElement(card), text);
    }

    private static string BuildText(EmailDraft draft, IReadOnlyList<string> attachedFiles, string? mailtoLink, Uri downloadUrl)
    {
        var steps = draft.AttachmentsToAdd.Count > 0 ? "Review it, add the attachments, and send it" : "Review it and send it";
        var text = new StringBuilder($"Here is your e-mail to the CBMS help desk. {steps} from your own e-mail.\n\n")
            .Append("To: ").Append(draft.To).Append("\nSubject: ").Append(draft.Subject).Append("\n\n")
            .Append(draft.PlainTextBody.Replace("\r\n", "\n", StringComparison.Ordinal).TrimEnd('\n')).Append("\n\n");
        if (draft.AttachmentsToAdd.Count > 0)
        {
            text.Append(WhereFilesGo(draft, attachedFiles, mailtoLink)).Append("\n\n");
        }

        if (draft.AttachmentReminder is not null)
        {
            text.Append(BeforeAttaching(draft.AttachmentReminder, attachedFiles)).Append("\n\n");
        }

        if (draft.EncryptionNote is not null)
        {
            text.Append(draft.EncryptionNote).Append("\n\n");
        }

        if (mailtoLink is not null)
        {
            text.Append("Open in your mail app: ").Append(mailtoLink).Append('\n');
        }
        else
        {
            text.Append(TooLongForMailLinkText).Append('\n');
        }

        return text.Append("Download as an .eml file: ").Append(downloadUrl.AbsoluteUri)
            .Append("\nAfter you send it, type 'I sent it' so I can follow up. Type 'start over' for a new report.").ToString();
    }

    // The reminder is for the sender, so the card and the chat text show it outside the e-mail's body.
    // Files the .eml carries are attached already, so the sender checks them before sending instead.
    private static string BeforeAttaching(string reminder, IReadOnlyList<string> attachedFiles) =>
        attachedFiles.Count == 0
            ? $"Before you attach the screenshots: {reminder}"
            : $"Before you send the screenshots: {reminder} The .eml file has them as you uploaded them, so open each one there first.";

    // A mail link cannot carry files, so the user attaches every file in the mail app. The .eml
    // download carries the uploads whose bytes the bot has, and its body names the others.
    private static string WhereFilesGo(EmailDraft draft, IReadOnlyList<string> attachedFiles, string? mailtoLink)
    {
        var byHand = draft.AttachmentsToAdd.Except(attachedFiles, StringComparer.Ordinal).ToList();
        var eml = (attachedFiles.Count, byHand.Count) switch
        {
            (0, _) => "Attach the files yourself: the .eml download does not contain them.",
            (_, 0) => $"The .eml download has {string.Join(", ", attachedFiles)} attached.",
            _ => $"The .eml download has {string.Join(", ", attachedFiles)} attached. Attach {string.Join(", ", byHand)} yourself.",
        };
        return mailtoLink is null || attachedFiles.Count == 0
            ? eml
            : eml + " The mail-app link cannot carry files, so if you use it, attach every file yourself.";
    }
}
