using HelpBot.Protocol.Models;

namespace HelpBot.Bot.Channels.DirectLine;

/// <summary>What an upload request carried: the optional activity part and the files.</summary>
public sealed record UploadContent(Activity? Activity, IReadOnlyList<UploadedFile> Files);
