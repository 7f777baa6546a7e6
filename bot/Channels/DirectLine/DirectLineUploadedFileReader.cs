using HelpBot.Dialogs.Conversation.Uploads;

namespace HelpBot.Bot.Channels.DirectLine;

/// <summary>
/// Reads files uploaded to the embedded Direct Line server from its store. The attachment address
/// ends in <c>/conversations/{id}/attachments/{attachmentId}</c>; only that path is read, so no
/// request leaves the host, and only a file of the turn's own conversation is returned.
/// </summary>
public sealed class DirectLineUploadedFileReader(IDirectLineStore store) : IUploadedFileReader
{
    public async Task<UploadedFileContent?> ReadAsync(string conversationId, UploadedFileReference file, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(file);
        if (ReadIds(file.ContentUrl) is not var (fileConversationId, attachmentId)
            || !string.Equals(fileConversationId, conversationId, StringComparison.Ordinal))
        {
            return null;
        }

        var stored = await store.GetAttachmentAsync(fileConversationId, attachmentId, cancellationToken);
        return stored is null ? null : new UploadedFileContent(stored.ContentType, stored.Content);
    }

    // The last four path segments of an address from DirectLineUrls.GetAttachmentUrl.
    internal static (string ConversationId, string AttachmentId)? ReadIds(string? contentUrl)
    {
        if (!Uri.TryCreate(contentUrl, UriKind.Absolute, out var uri))
        {
            return null;
        }

        var segments = uri.AbsolutePath.Split('/', StringSplitOptions.RemoveEmptyEntries);
        if (segments is not [.., "conversations", var conversation, "attachments", var attachment])
        {
            return null;
        }

        var conversationId = Uri.UnescapeDataString(conversation);
        var attachmentId = Uri.UnescapeDataString(attachment);
        return DirectLineIds.IsConversationId(conversationId) && DirectLineIds.IsConversationId(attachmentId)
            ? (conversationId, attachmentId)
            : null;
    }
}
