using HelpBot.Dialogs.Conversation.State;
using HelpBot.Protocol.Models;

namespace HelpBot.Dialogs.Conversation.Uploads;

/// <summary>Reads the files of a message and keeps them with the report in progress.</summary>
public static class ReportUploads
{
    private const string CardContentTypePrefix = "application/vnd.microsoft.card";

    /// <summary>
    /// Returns the files <paramref name="activity"/> carries. Cards are not files, and neither is an
    /// attachment with no name and no address, such as the <c>text/html</c> copy of a Teams message.
    /// A file sent without a name is listed as "Screenshot n", numbered from <paramref name="firstNumber"/>.
    /// </summary>
    public static List<UploadedFileReference> Read(Activity activity, int firstNumber = 1)
    {
        ArgumentNullException.ThrowIfNull(activity);
        return (activity.Attachments ?? [])
            .Where(IsFile)
            .Select((attachment, i) => new UploadedFileReference
            {
                Name = string.IsNullOrWhiteSpace(attachment.Name) ? $"Screenshot {firstNumber + i}" : attachment.Name.Trim(),
                ContentType = attachment.ContentType,
                ContentUrl = string.IsNullOrWhiteSpace(attachment.ContentUrl) ? null : attachment.ContentUrl,
            })
            .ToList();
    }

    /// <summary>Removes the file attachments from <paramref name="activity"/>, so the question reads only its text.</summary>
    public static void RemoveFiles(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        activity.Attachments = activity.Attachments?.Where(attachment => !IsFile(attachment)).ToList();
    }

    /// <summary>
    /// Adds <paramref name="files"/> to the report: their names to the screenshots, which the PEAK draft and
    /// the call checklist list, and their addresses to <see cref="ReportState.Uploads"/>. A name already listed stays listed once.
    /// </summary>
    public static void Keep(ReportState state, IReadOnlyList<UploadedFileReference> files)
    {
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(files);
        var report = state.Report;
        report.NoScreenshots = false;
        report.Screenshots = [.. report.Screenshots.Concat(files.Select(file => file.Name)).Distinct(StringComparer.Ordinal)];
        Record(state, files);
    }

    /// <summary>Stores where <paramref name="files"/> are, so the .eml draft can attach them.</summary>
    public static void Record(ReportState state, IReadOnlyList<UploadedFileReference> files)
    {
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(files);
        state.Uploads.AddRange(files.Where(file => file.ContentUrl is not null));
    }

    private static bool IsFile(Attachment attachment) =>
        attachment.ContentType is { } type
        && !type.StartsWith(CardContentTypePrefix, StringComparison.Ordinal)
        && (!string.IsNullOrWhiteSpace(attachment.Name) || !string.IsNullOrWhiteSpace(attachment.ContentUrl));
}
