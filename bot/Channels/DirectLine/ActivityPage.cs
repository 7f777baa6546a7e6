using HelpBot.Protocol.Models;

namespace HelpBot.Bot.Channels.DirectLine;

/// <summary>Activities read after a watermark, and the sequence number to continue after.</summary>
public sealed record ActivityPage(IReadOnlyList<Activity> Activities, long LastSequence);
