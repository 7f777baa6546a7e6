using Microsoft.Extensions.Logging;

namespace HelpBot.Dialogs.Engine;

/// <summary>
/// Log events of the dialog engine, ids 2000-2049 (HelpBot's own dialogs use 2050-2099).
/// Events carry dialog ids, command names, counts and step indexes, never user text or input values.
/// Next free id: 2010.
/// </summary>
internal static partial class Log
{
    [LoggerMessage(EventId = 2000, EventName = "DialogTurnStarted", Level = LogLevel.Debug,
        Message = "Dialog turn started with stack depth {StackDepth}")]
    public static partial void DialogTurnStarted(ILogger logger, int stackDepth);

    [LoggerMessage(EventId = 2001, EventName = "DialogBegun", Level = LogLevel.Debug,
        Message = "Dialog {DialogId} begun at stack depth {StackDepth}")]
    public static partial void DialogBegun(ILogger logger, string dialogId, int stackDepth);

    [LoggerMessage(EventId = 2002, EventName = "DialogEnded", Level = LogLevel.Debug,
        Message = "Dialog {DialogId} ended ({Reason})")]
    public static partial void DialogEnded(ILogger logger, string dialogId, DialogReason reason);

    [LoggerMessage(EventId = 2003, EventName = "CommandRecognized", Level = LogLevel.Information,
        Message = "Global command {Command} recognized at stack depth {StackDepth}")]
    public static partial void CommandRecognized(ILogger logger, string command, int stackDepth);

    [LoggerMessage(EventId = 2004, EventName = "WentBack", Level = LogLevel.Information,
        Message = "Went back in dialog {DialogId} after cancelling {CancelledCount} dialogs above it")]
    public static partial void WentBack(ILogger logger, string dialogId, int cancelledCount);

    [LoggerMessage(EventId = 2005, EventName = "PromptRetried", Level = LogLevel.Information,
        Message = "Prompt {DialogId} rejected an answer; attempt {Attempt}")]
    public static partial void PromptRetried(ILogger logger, string dialogId, int attempt);

    [LoggerMessage(EventId = 2006, EventName = "StaleSubmitRejected", Level = LogLevel.Information,
        Message = "Rejected a submit for an inactive prompt; active dialog {DialogId}")]
    public static partial void StaleSubmitRejected(ILogger logger, string? dialogId);

    [LoggerMessage(EventId = 2007, EventName = "UnknownDialogOnStack", Level = LogLevel.Warning,
        Message = "The saved stack names dialog {DialogId}, which is not registered; the stack was cleared")]
    public static partial void UnknownDialogOnStack(ILogger logger, string dialogId);

    [LoggerMessage(EventId = 2008, EventName = "WaterfallStepRun", Level = LogLevel.Debug,
        Message = "Waterfall {DialogId} runs step {StepIndex} ({Reason})")]
    public static partial void WaterfallStepRun(ILogger logger, string dialogId, int stepIndex, DialogReason reason);

    [LoggerMessage(EventId = 2009, EventName = "FormFieldsRejected", Level = LogLevel.Information,
        Message = "Form prompt {DialogId} rejected {InvalidCount} fields and kept {KeptCount}")]
    public static partial void FormFieldsRejected(ILogger logger, string dialogId, int invalidCount, int keptCount);
}
