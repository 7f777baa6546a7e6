using HelpBot.Cards.Model;
using HelpBot.Cards.Text;
using HelpBot.Domain.Drafts;

namespace HelpBot.Cards.Builders;

/// <summary>
/// The e-mail draft to the CBMS help desk, with ways to send it: the mail app, an .eml file,
/// or text to copy.
/// </summary>
public static class EmailDraftCard
{
    /// <summary>Id of the text box that contains the whole body for copying.</summary>
    public const string CopyTextInputId = "draftText";

    /// <summary>Note on the card and in its plain text when the draft is too long for a mail link.</summary>
    public const string TooLongForMailLinkNote = "The draft is too long to open in your mail app directly. Download it as a file, or copy the text below.";

    private const int MaxSectionLength = PeakReportFormCard.MaxDescriptionLength;

    /// <summary>
    /// Builds the draft card. <paramref name="mailtoUrl"/> is the <c>mailto:</c> link, or null when
    /// the draft is too long for one; <paramref name="emlDownloadUrl"/> is where the caller serves
    /// the .eml file.
    /// </summary>
    public static StepCard Build(string promptId, EmailDraft draft, string? mailtoUrl, string emlDownloadUrl)
    {
        var composer = new CardComposer(promptId)
            .Heading("Your e-mail to the CBMS help desk")
            .Trusted("Review it, then send it from your own e-mail.")
            .UserFacts([("To", draft.To), ("Subject", draft.Subject)], 300);
        if (draft.UrgentNote is not null)
        {
            composer.Warning(draft.UrgentNote);
        }

        foreach (var section in draft.Sections)
        {
            composer.SectionTitle(section.Heading);
            if (section.Provided)
            {
                composer.User(section.Body, MaxSectionLength);
            }
            else
            {
                composer.Warning(section.Body);
            }
        }

        if (draft.AttachmentsToAdd.Count > 0)
        {
            composer.SectionTitle("Attach to the e-mail").UserBullets(draft.AttachmentsToAdd, 300);
        }

        // The reminder is for the sender, so it is on the card and not in the e-mail's text.
        if (draft.AttachmentReminder is not null)
        {
            composer.Warning($"Before you attach the screenshots: {draft.AttachmentReminder}");
        }

        if (draft.EncryptionRequired && !string.IsNullOrWhiteSpace(draft.EncryptionNote))
        {
            composer.SectionTitle("Send it encrypted").Warning(draft.EncryptionNote);
        }

        AddSendActions(composer, draft, mailtoUrl, emlDownloadUrl);
        return composer.Navigation(Navigation.Back | Navigation.StartOver).Build();
    }

    private static void AddSendActions(CardComposer composer, EmailDraft draft, string? mailtoUrl, string emlDownloadUrl)
    {
        var sendActions = new List<CardAction>();
        if (mailtoUrl is null)
        {
            composer.TrustedNote(TooLongForMailLinkNote);
        }
        else
        {
            sendActions.Add(new OpenUrlAction("Open in my mail app", mailtoUrl));
            composer.PlainOnly("Open in your mail app: " + mailtoUrl);
        }

        sendActions.Add(new OpenUrlAction("Download as .eml file", emlDownloadUrl));
        composer.PlainOnly("Download as a file: " + emlDownloadUrl);
        composer.Element(new ActionSet { Spacing = Spacings.Medium }.WithActions(sendActions));

        var copy = AdaptiveCard.Nested().WithBody(
            new TextInput(CopyTextInputId, "E-mail text (select all and copy)")
            {
                IsMultiline = true,
                Value = CardText.Clean(draft.PlainTextBody),
            });
        composer.CardAction(new ShowCardAction("Show text to copy", copy));
        composer.Buttons(composer.SubmitWithoutInputs("I sent it", CardActionNames.EmailSent));
    }
}
