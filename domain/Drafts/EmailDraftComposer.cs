using System.Globalization;
using System.Text;
using HelpBot.Domain.Content;
using HelpBot.Domain.Reports;
using HelpBot.Domain.Systems;

namespace HelpBot.Domain.Drafts;

/// <summary>Builds the e-mail to the CBMS help desk from a PEAK report.</summary>
public static class EmailDraftComposer
{
    private const string LineBreak = "\r\n";

    /// <summary>Line at the top of the body, after any secure e-mail line, when the report is marked medically urgent.</summary>
    public const string UrgentNote = "MEDICALLY URGENT: this problem keeps the client from care or medication they need soon.";

    /// <summary>
    /// Composes the draft. Every required e-mail field appears in desk-aid order, with "Not provided"
    /// where the report has no answer; the optional device field appears when the app or a phone or
    /// tablet was used.
    /// </summary>
    /// <exception cref="ArgumentException">The report is not about PEAK; Connect for Health Colorado problems go by phone.</exception>
    public static EmailDraft Compose(IssueReport report, DeskAidContent content, DraftPrivacy privacy)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(privacy);
        if (report.System != SupportSystems.Peak)
        {
            throw new ArgumentException($"E-mail drafts are for PEAK reports; this report is about '{report.System}'.", nameof(report));
        }

        var sections = Sections(report, content);
        var attachments = report.Screenshots.ToList();
        var encryptionNote = privacy.PersonalDataKept ? EncryptionNote(privacy, content) : null;
        var urgentNote = report.MedicallyUrgent == true ? UrgentNote : null;
        return new EmailDraft
        {
            To = content.Contact(content.PeakReport.HelpDeskContactId).Value,
            Subject = Subject(report, content),
            Sections = sections,
            AttachmentsToAdd = attachments,
            AttachmentReminder = attachments.Count == 0 ? null : AttachmentReminder(content, attachments),
            UrgentNote = urgentNote,
            EncryptionRequired = privacy.PersonalDataKept,
            EncryptionNote = encryptionNote,
            KeptCategories = privacy.PersonalDataKept ? privacy.KeptCategories : [],
            PlainTextBody = Body(sections, privacy, urgentNote),
        };
    }

    /// <summary>Returns a subject such as "PEAK technical issue: Benefit information page, 2026-08-22".</summary>
    public static string Subject(IssueReport report, DeskAidContent content)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(content);
        var systemName = content.System(report.System)?.Name ?? report.System;
        var subject = new StringBuilder($"{systemName} technical issue");
        var page = (report.Page ?? report.PageSuggestion)?.Trim();
        if (!string.IsNullOrEmpty(page))
        {
            subject.Append(": ").Append(SubjectPageName.For(page));
        }

        if (report.When is { } when)
        {
            var local = TimeZoneInfo.ConvertTime(when, ExtractionContext.FindTimeZone(report.TimeZoneId));
            subject.Append(", ").Append(local.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        }

        return subject.ToString();
    }

    private static List<DraftSection> Sections(IssueReport report, DeskAidContent content)
    {
        var sections = new List<DraftSection>();
        foreach (var field in content.PeakReport.EmailFields)
        {
            var applies = field.Required || report.IsAboutMobile();
            if (!applies)
            {
                continue;
            }

            var answer = ReportFormatting.Answer(report, field.Id, content);
            sections.Add(answer is null
                ? new DraftSection(field.Id, field.Heading, MissingBody(report, field.Id), Provided: false)
                : new DraftSection(field.Id, field.Heading, answer, Provided: true));
        }

        return sections;
    }

    // A missing page still shows the address, which helps the help desk even without the section.
    private static string MissingBody(IssueReport report, string field) =>
        field == ReportFields.Page && !string.IsNullOrWhiteSpace(report.PageUrl)
            ? $"{ReportFormatting.NotProvided} (page address: {report.PageUrl})"
            : ReportFormatting.NotProvided;

    // How to erase personal information is for the sender, so it goes with the draft, not into the e-mail.
    // The PII review replaced personal information in a file name with a placeholder ("letter [NAME].png").
    // The file on the user's computer still has the old name, so the reminder requests renaming it.
    private static string AttachmentReminder(DeskAidContent content, List<string> attachments)
    {
        var reminder = content.PeakReport.ScreenshotPiiOptions.FirstOrDefault()?.Text
            ?? "Erase personal information from each screenshot before attaching it.";
        return attachments.Exists(name => name.Contains('[', StringComparison.Ordinal) && name.Contains(']', StringComparison.Ordinal))
            ? reminder + " Some file names had personal information, which this draft replaced (such as [NAME]): rename those files the same way before you attach them."
            : reminder;
    }

    private static string EncryptionNote(DraftPrivacy privacy, DeskAidContent content)
    {
        var kept = privacy.KeptCategories.Count == 0 ? "personal information" : string.Join(", ", privacy.KeptCategories);
        return $"This draft still contains {kept}. {content.PeakReport.PiiWarning.Text} " +
            "Send it with your organization's secure e-mail, or encrypt it in Outlook (ask the bot how to encrypt an e-mail).";
    }

    /// <summary>Returns the first line of the body of a draft that must be sent encrypted.</summary>
    public static string SecureEmailLine(DraftPrivacy privacy)
    {
        ArgumentNullException.ThrowIfNull(privacy);
        var kept = privacy.KeptCategories.Count == 0 ? "personal information" : string.Join(", ", privacy.KeptCategories);
        return $"SECURE E-MAIL: send this message encrypted. It contains personal information ({kept}).";
    }

    // The screenshots section names the files to attach, so the body does not list them again.
    private static string Body(List<DraftSection> sections, DraftPrivacy privacy, string? urgentNote)
    {
        var body = new StringBuilder();
        if (privacy.PersonalDataKept)
        {
            body.Append(SecureEmailLine(privacy)).Append(LineBreak).Append(LineBreak);
        }

        if (urgentNote is not null)
        {
            body.Append(urgentNote).Append(LineBreak).Append(LineBreak);
        }

        body.Append("Hello,").Append(LineBreak).Append(LineBreak);
        body.Append("I am reporting a technical issue with PEAK/SES. The details the help desk asks for follow.")
            .Append(LineBreak).Append(LineBreak);
        foreach (var section in sections)
        {
            body.Append(section.Heading).Append(':').Append(LineBreak)
                .Append(NormalizeLineBreaks(section.Body)).Append(LineBreak).Append(LineBreak);
        }

        body.Append("Thank you.").Append(LineBreak);
        return body.ToString();
    }

    /// <summary>Converts any mix of CR, LF and CRLF to CRLF, as e-mail requires.</summary>
    internal static string NormalizeLineBreaks(string text) =>
        text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n').Replace("\n", LineBreak, StringComparison.Ordinal);
}
