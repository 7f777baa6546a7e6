namespace HelpBot.Dialogs.Conversation.Uploads;

/// <summary>Reads the bytes of a file the user uploaded, from the channel that stored it.</summary>
public interface IUploadedFileReader
{
    /// <summary>
    /// Returns the file's bytes, or null when this host cannot read them: the file belongs to another
    /// conversation, its channel needs a token to fetch it (Teams), or it expired.
    /// </summary>
    Task<UploadedFileContent?> ReadAsync(string conversationId, UploadedFileReference file, CancellationToken cancellationToken);
}
