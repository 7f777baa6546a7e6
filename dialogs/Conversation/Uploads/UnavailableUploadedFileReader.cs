namespace HelpBot.Dialogs.Conversation.Uploads;

/// <summary>The <see cref="IUploadedFileReader"/> of a host with no upload store: it reads no file, so drafts name every file to attach by hand.</summary>
public sealed class UnavailableUploadedFileReader : IUploadedFileReader
{
    public Task<UploadedFileContent?> ReadAsync(string conversationId, UploadedFileReference file, CancellationToken cancellationToken) =>
        Task.FromResult<UploadedFileContent?>(null);
}
