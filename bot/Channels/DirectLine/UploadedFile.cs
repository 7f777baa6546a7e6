namespace HelpBot.Bot.Channels.DirectLine;

/// <summary>One file of an upload request, checked against the size and type limits.</summary>
public sealed record UploadedFile(string ContentType, string Name, byte[] Content);
