using Microsoft.Extensions.Logging;

namespace HelpBot.Privacy;

/// <summary>
/// Log messages of the privacy layer (event ids 4000-4099; next free id: 4006). They carry counts,
/// lengths, category names and recognizer names, never the analyzed text or a matched value.
/// </summary>
internal static partial class Log
{
    [LoggerMessage(EventId = 4000, EventName = "PiiRecognizersLoaded", Level = LogLevel.Information,
        Message = "PII analyzer loaded {RecognizerCount} recognizers ({RecognizerNames}) with score threshold {ScoreThreshold}")]
    public static partial void RecognizersLoaded(this ILogger logger, int recognizerCount, string recognizerNames, double scoreThreshold);

    [LoggerMessage(EventId = 4001, EventName = "PiiAnalysisCompleted", Level = LogLevel.Debug,
        Message = "PII analysis of {TextLength} characters found {FindingCount} findings ({Categories}) in {ElapsedMilliseconds} ms; {DroppedCount} candidates dropped")]
    public static partial void AnalysisCompleted(
        this ILogger logger, int textLength, int findingCount, string categories, long elapsedMilliseconds, int droppedCount);

    [LoggerMessage(EventId = 4002, EventName = "PiiRegexTimedOut", Level = LogLevel.Warning,
        Message = "PII recognizer {RecognizerName} pattern {PatternName} timed out on {TextLength} characters; the whole text counts as {Category}")]
    public static partial void RegexTimedOut(this ILogger logger, string recognizerName, string patternName, int textLength, string category);

    [LoggerMessage(EventId = 4003, EventName = "PiiNonPiiSpansTimedOut", Level = LogLevel.Warning,
        Message = "Finding case numbers, error codes and web addresses timed out on {TextLength} characters; no finding is dropped as a non-PII value")]
    public static partial void NonPiiSpansTimedOut(this ILogger logger, int textLength);

    [LoggerMessage(EventId = 4004, EventName = "PiiAzureAnalysisCompleted", Level = LogLevel.Debug,
        Message = "Azure PII analysis of {TextLength} characters in {DocumentCount} documents found {FindingCount} findings, {WarningCount} warnings, {ErrorCount} document errors")]
    public static partial void AzureAnalysisCompleted(
        this ILogger logger, int textLength, int documentCount, int findingCount, int warningCount, int errorCount);

    [LoggerMessage(EventId = 4005, EventName = "PiiAzureFallback", Level = LogLevel.Warning,
        Message = "Azure PII check of {TextLength} characters failed, so the local findings are used: {Reason}")]
    public static partial void AzureFallback(this ILogger logger, int textLength, string reason);
}
