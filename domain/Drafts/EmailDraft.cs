namespace HelpBot.Domain.Drafts;

/// <summary>An e-mail to the CBMS help desk, ready for the user to review and send from their own mail.</summary>
public sealed record EmailDraft
{
    /// <summary>Recipient address from the content file.</summary>
    public required string To { get; init; }

    /// <summary>Subject naming system, page and date, such as "PEAK technical issue: Benefit information page, 2026-08-22".</summary>
    public required string Subject { get; init; }

    /// <summary>One section per e-mail field, in desk-aid order; missing answers say "Not provided".</summary>
    public required IReadOnlyList<DraftSection> Sections { get; init; }

    /// <summary>Names of the files the user must attach (the screenshots).</summary>
    public required IReadOnlyList<string> AttachmentsToAdd { get; init; }

    /// <summary>
    /// Reminder to erase personal information from the files before attaching them. It is for the sender,
    /// so it is shown with the draft and never written into the body. Null when there is nothing to attach.
    /// </summary>
    public string? AttachmentReminder { get; init; }

    /// <summary>The line stating that the problem is medically urgent for the client; null when the report is not marked urgent.</summary>
    public string? UrgentNote { get; init; }

    /// <summary>True when personal data was kept, so the e-mail must go encrypted.</summary>
    public bool EncryptionRequired { get; init; }

    /// <summary>What to do about encryption; null when none is needed.</summary>
    public string? EncryptionNote { get; init; }

    /// <summary>Kinds of personal data the user kept, such as "SSN" or "Name" (never the values); empty when none.</summary>
    public IReadOnlyList<string> KeptCategories { get; init; } = [];

    /// <summary>The whole body as plain text with CRLF line breaks.</summary>
    public required string PlainTextBody { get; init; }
}
