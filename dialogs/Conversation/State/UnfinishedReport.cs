using HelpBot.Dialogs.Engine;

namespace HelpBot.Dialogs.Conversation.State;

/// <summary>An unfinished report found in another conversation of the user, with that conversation's dialog stack.</summary>
/// <param name="Link">The user-state link that points to the conversation.</param>
/// <param name="StorageKey">The storage key of that conversation's state.</param>
/// <param name="Report">The report in progress there.</param>
/// <param name="DialogState">The dialog stack there, with at least one dialog.</param>
public sealed record UnfinishedReport(UnfinishedReportLink Link, string StorageKey, ReportState Report, DialogState DialogState);
