using Microsoft.Extensions.Logging;

namespace HelpBot.Domain;

/// <summary>
/// Source-generated log messages of the domain layer. Event ids 3000-3099; next free id: 3002.
/// Messages carry counts and ids only, never report text.
/// </summary>
internal static partial class Log
{
    [LoggerMessage(EventId = 3000, EventName = "ContentLoaded", Level = LogLevel.Information,
        Message = "Loaded desk-aid content version {Version}: {SourceCount} sources, {ContactCount} contacts, {TipCount} tips, {TrainingTopicCount} training topics, {HelpTopicCount} help topics")]
    public static partial void ContentLoaded(
        ILogger logger, string version, int sourceCount, int contactCount, int tipCount, int trainingTopicCount, int helpTopicCount);

    [LoggerMessage(EventId = 3001, EventName = "ContentInvalid", Level = LogLevel.Error,
        Message = "Desk-aid content file {ContentPath} is invalid: {ProblemCount} problems, first at {EntryPath}")]
    public static partial void ContentInvalid(ILogger logger, string contentPath, int problemCount, string? entryPath);
}
