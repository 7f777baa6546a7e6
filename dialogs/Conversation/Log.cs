using Microsoft.Extensions.Logging;

namespace HelpBot.Dialogs.Conversation;

/// <summary>
/// Log events of HelpBot's conversation, event ids 2050-2099. They carry ids, counts and step names,
/// never what the user typed.
/// </summary>
internal static partial class Log
{
    [LoggerMessage(EventId = 2050, EventName = "DraftStored", Level = LogLevel.Information,
        Message = "Stored an e-mail draft of {ByteCount} bytes")]
    public static partial void DraftStored(ILogger logger, int byteCount);

    [LoggerMessage(EventId = 2051, EventName = "DraftExpired", Level = LogLevel.Debug,
        Message = "Deleted an expired e-mail draft on download")]
    public static partial void DraftExpired(ILogger logger);

    [LoggerMessage(EventId = 2090, EventName = "TicketCreated", Level = LogLevel.Information,
        Message = "Created ticket {TicketId} for system {SupportSystem}")]
    public static partial void TicketCreated(ILogger logger, string ticketId, string supportSystem);

    [LoggerMessage(EventId = 2091, EventName = "TicketOwnerIndexConflict", Level = LogLevel.Debug,
        Message = "The owner index changed during ticket creation; retrying (attempt {Attempt})")]
    public static partial void TicketOwnerIndexConflict(ILogger logger, int attempt);
}
