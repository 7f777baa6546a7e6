namespace HelpBot.Domain.Drafts;

/// <summary>Builds <c>mailto:</c> links (RFC 6068) for e-mail drafts.</summary>
public static class MailtoLink
{
    /// <summary>Mail clients and browsers cut longer links; 2,000 characters is a common safe limit.</summary>
    public const int DefaultMaxLength = 2000;

    /// <summary>
    /// Returns the link, or null when it would be longer than <paramref name="maxLength"/>, so the
    /// caller offers the text to copy or an .eml file instead.
    /// </summary>
    public static string? Create(EmailDraft draft, int maxLength = DefaultMaxLength) => throw new NotImplementedException();
}
