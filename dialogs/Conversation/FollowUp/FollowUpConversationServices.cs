using HelpBot.Dialogs.FollowUp;
using Microsoft.Extensions.Logging;

namespace HelpBot.Dialogs.Conversation.FollowUp;

/// <summary>What the conversation's follow-up handling shares: the follow-up service, the supervisor directory and the digest files.</summary>
public sealed class FollowUpConversationServices(
    ConversationServices conversation,
    IFollowUpService followUp,
    ISupervisorDirectory supervisors,
    IDigestExportStore digests,
    ILoggerFactory loggerFactory)
{
    public ConversationServices Conversation { get; } = conversation;

    public IFollowUpService FollowUp { get; } = followUp;

    public ISupervisorDirectory Supervisors { get; } = supervisors;

    public IDigestExportStore Digests { get; } = digests;

    /// <summary>Logger for follow-up events (ids 2200-2249).</summary>
    public ILogger Logger { get; } = loggerFactory.CreateLogger("HelpBot.Dialogs.Conversation.FollowUp");
}
