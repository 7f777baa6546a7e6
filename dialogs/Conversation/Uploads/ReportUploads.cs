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
    /// Adds <paramref name="files"/> to the files kept before: their names to the screenshots, which the PEAK draft
    /// and the call checklist list, and their addresses to <see cref="ReportState.Uploads"/>. A file sent again (the
    /// same address) is kept once, and so is a name listed already. A new file whose name an earlier upload has gets a
    /// number, as in "image (2).png", so both are kept. Returns the names the files have in the report.
    /// </summary>
    public static List<string> Keep(ReportState state, IReadOnlyList<UploadedFileReference> files)
    {
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(files);
        var report = state.Report;
        report.NoScreenshots = false;
        var names = new List<string>();
        foreach (var file in files)
        {
            var recorded = file.ContentUrl is null ? null : state.Uploads.Find(upload => upload.ContentUrl == file.ContentUrl);
            var kept = recorded ?? WithFreeName(state, file);
            if (!report.Screenshots.Contains(kept.Name, StringComparer.Ordinal))
            {
                report.Screenshots.Add(kept.Name);
            }

            if (recorded is null && kept.ContentUrl is not null)
            {
                state.Uploads.Add(kept);
            }

            names.Add(kept.Name);
        }

        return names;
    }

    /// <summary>Returns the report's screenshot names that belong to uploaded files, in the report's order.</summary>
    public static List<string> UploadedNames(ReportState state)
    {
        ArgumentNullException.ThrowIfNull(state);

        // NOTE: a file whose channel gave no address is not in Uploads, so its name counts as typed here, and a
        // typed answer at the screenshot question replaces it.
        return state.Report.Screenshots.Where(name => state.Uploads.Exists(upload => upload.Name == name)).ToList();
    }

    // An earlier upload at another address has the file's name, so the new file gets the first free " (n)" name.
    private static UploadedFileReference WithFreeName(ReportState state, UploadedFileReference file)
    {
        if (file.ContentUrl is null || !state.Uploads.Exists(upload => upload.Name == file.Name))
        {
            return file;
        }

        var extension = Path.GetExtension(file.Name);
        var stem = file.Name[..^extension.Length];
        var number = 2;
        while (state.Report.Screenshots.Contains($"{stem} ({number}){extension}", StringComparer.Ordinal))
        {
            number++;
        }

        return new UploadedFileReference { Name = $"{stem} ({number}){extension}", ContentType = file.ContentType, ContentUrl = file.ContentUrl };
    }

    private static bool IsFile(Attachment attachment) =>
        attachment.ContentType is { } type
        && !type.StartsWith(CardContentTypePrefix, StringComparison.Ordinal)
        && (!string.IsNullOrWhiteSpace(attachment.Name) || !string.IsNullOrWhiteSpace(attachment.ContentUrl));
}
