namespace HelpBot.Dialogs.Conversation.Uploads;

/// <summary>The bytes of an uploaded file, with the media type its channel stored.</summary>
public sealed record UploadedFileContent(string ContentType, byte[] Content);
