namespace HelpBot.Dialogs.Conversation.Drafts;

/// <summary>The download route of stored e-mail drafts, which the host maps to <see cref="IDraftStore.GetAsync"/>.</summary>
public static class DraftRoutes
{
    /// <summary>ASP.NET Core route template of a draft download.</summary>
    public const string Template = "/drafts/{id}.eml";

    /// <summary>Media type of an <c>.eml</c> file.</summary>
    public const string ContentType = "message/rfc822";

    /// <summary>File name the host suggests in the <c>Content-Disposition</c> header.</summary>
    public const string FileName = "helpbot-report.eml";

    /// <summary>Returns the absolute download address of draft <paramref name="id"/> under <paramref name="publicBaseUrl"/>.</summary>
    public static Uri BuildUrl(string publicBaseUrl, string id)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(publicBaseUrl);
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        return new Uri($"{publicBaseUrl.TrimEnd('/')}/drafts/{Uri.EscapeDataString(id)}.eml", UriKind.Absolute);
    }
}
