namespace HelpBot.Dialogs.Conversation.FollowUp;

/// <summary>The download route of digest CSV files, which the host maps to <see cref="IDigestExportStore.GetAsync"/>.</summary>
public static class DigestRoutes
{
    /// <summary>ASP.NET Core route template of a digest download.</summary>
    public const string Template = "/digests/{id}.csv";

    /// <summary>Media type of the CSV, with its character set.</summary>
    public const string ContentType = "text/csv; charset=utf-8";

    /// <summary>File name the host suggests in the <c>Content-Disposition</c> header.</summary>
    public const string FileName = "helpbot-digest.csv";

    /// <summary>Returns the absolute download address of digest <paramref name="id"/> under <paramref name="publicBaseUrl"/>.</summary>
    public static Uri BuildUrl(string publicBaseUrl, string id)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(publicBaseUrl);
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        return new Uri($"{publicBaseUrl.TrimEnd('/')}/digests/{Uri.EscapeDataString(id)}.csv", UriKind.Absolute);
    }
}
