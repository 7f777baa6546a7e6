using System.Text.RegularExpressions;
using HelpBot.Dialogs.Conversation.State;
using HelpBot.Domain.Drafts;

namespace HelpBot.Dialogs.Conversation.Uploads;

/// <summary>Collects the uploaded files that the .eml draft attaches.</summary>
public static partial class DraftFiles
{
    /// <summary>
    /// Most bytes of files one draft attaches; files past it are left for the user to attach. Base64 makes
    /// the message about a third larger, and many mail servers reject messages over 10 to 25 MB.
    /// </summary>
    public const int MaxAttachedBytes = 10 * 1024 * 1024;

    // A placeholder the PII review writes in place of a value, such as [NAME] or [PHONE].
    [GeneratedRegex(@"\[[A-Z][A-Z_]*\]", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Placeholder();

    /// <summary>
    /// Returns a file for each name in <see cref="EmailDraft.AttachmentsToAdd"/> whose upload
    /// <paramref name="reader"/> can read, named as the draft names it. Typed names, files the channel
    /// keeps behind a token and expired uploads have no file.
    /// </summary>
    public static async Task<List<DraftFile>> CollectAsync(
        EmailDraft draft, ReportState state, string conversationId, IUploadedFileReader reader, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(draft);
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(reader);
        var files = new List<DraftFile>();
        var unused = state.Uploads.ToList();
        long totalBytes = 0;
        foreach (var name in draft.AttachmentsToAdd)
        {
            if (Find(unused, name) is not { } upload)
            {
                continue;
            }

            unused.Remove(upload);
            var content = await reader.ReadAsync(conversationId, upload, cancellationToken);
            if (content is null || totalBytes + content.Content.Length > MaxAttachedBytes)
            {
                continue;
            }

            totalBytes += content.Content.Length;
            files.Add(new DraftFile(name, content.ContentType, content.Content));
        }

        return files;
    }

    // The PII review can replace part of a file name with a placeholder ("letter [NAME].png"), and
    // the placeholder then stands for any text of the uploaded name.
    internal static UploadedFileReference? Find(IReadOnlyList<UploadedFileReference> uploads, string name)
    {
        var exact = uploads.FirstOrDefault(upload => upload.Name == name);
        if (exact is not null || !Placeholder().IsMatch(name))
        {
            return exact;
        }

        var literals = Placeholder().Split(name);
        return uploads.FirstOrDefault(upload => MatchesInOrder(upload.Name, literals));
    }

    // True when text starts with the first literal, ends with the last, and has the others in order
    // between them. Taking each literal at its first place leaves the most room for the rest.
    private static bool MatchesInOrder(string text, string[] literals)
    {
        var first = literals[0];
        var last = literals[^1];
        if (text.Length < first.Length + last.Length || !text.StartsWith(first, StringComparison.Ordinal) || !text.EndsWith(last, StringComparison.Ordinal))
        {
            return false;
        }

        var position = first.Length;
        var end = text.Length - last.Length;
        foreach (var literal in literals[1..^1])
        {
            var found = text.IndexOf(literal, position, end - position, StringComparison.Ordinal);
            if (found < 0)
            {
                return false;
            }

            position = found + literal.Length;
        }

        return true;
    }
}
