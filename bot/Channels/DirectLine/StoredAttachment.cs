namespace HelpBot.Bot.Channels.DirectLine;

/// <summary>An uploaded file kept with its conversation.</summary>
/// <param name="ConversationId">The conversation the file was uploaded to.</param>
/// <param name="Id">Unguessable id; the file's URL works with it alone.</param>
/// <param name="ContentType">The media type the client declared, checked against the allowed list.</param>
/// <param name="Name">The file name the client sent, without any folder part and with identifiers replaced by placeholders.</param>
/// <param name="Content">The file's bytes.</param>
public sealed record StoredAttachment(string ConversationId, string Id, string ContentType, string Name, byte[] Content);
