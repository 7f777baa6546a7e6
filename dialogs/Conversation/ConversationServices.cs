using HelpBot.Dialogs.Conversation.Drafts;
using HelpBot.Dialogs.Conversation.State;
using HelpBot.Dialogs.Conversation.Uploads;
using HelpBot.Domain.Content;
using HelpBot.Domain.Reports;
using HelpBot.Domain.Tickets;
using HelpBot.Privacy;
using HelpBot.Runtime.Turns;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace HelpBot.Dialogs.Conversation;

/// <summary>
/// What HelpBot's dialogs share: content, clock, privacy checks, stores and options. One instance
/// serves every conversation; per-conversation data lives in state only.
/// </summary>
public sealed class ConversationServices(
    DeskAidContent content,
    TimeProvider timeProvider,
    IPiiAnalyzer piiAnalyzer,
    IPiiDetector piiDetector,
    IPiiRedactor piiRedactor,
    ITicketStore tickets,
    IDraftStore drafts,
    IUploadedFileReader uploadedFiles,
    IOptions<ConversationOptions> options,
    ILoggerFactory loggerFactory)
{
    public DeskAidContent Content { get; } = content;

    public TimeProvider TimeProvider { get; } = timeProvider;

    public IPiiAnalyzer PiiAnalyzer { get; } = piiAnalyzer;

    /// <summary>The detector Pii:Mode selects (local, Azure or both); the PII review uses it.</summary>
    public IPiiDetector PiiDetector { get; } = piiDetector;

    public IPiiRedactor PiiRedactor { get; } = piiRedactor;

    public ITicketStore Tickets { get; } = tickets;

    public IDraftStore Drafts { get; } = drafts;

    /// <summary>Reads the bytes of uploaded files for the .eml draft.</summary>
    public IUploadedFileReader UploadedFiles { get; } = uploadedFiles;

    public ConversationOptions Options { get; } = options.Value;

    /// <summary>Logger for the conversation's events (ids 2050-2099).</summary>
    public ILogger Logger { get; } = loggerFactory.CreateLogger("HelpBot.Dialogs.Conversation");

    /// <summary>
    /// Returns the user's time zone: the activity's <c>localTimezone</c>, else the one the web chat
    /// page reported, else <see cref="ConversationOptions.DefaultTimeZone"/>.
    /// </summary>
    public TimeZoneInfo GetTimeZone(ITurnContext turn)
    {
        ArgumentNullException.ThrowIfNull(turn);
        foreach (var id in new[] { turn.Activity.LocalTimezone, turn.GetProfile().TimeZone, Options.DefaultTimeZone })
        {
            if (!string.IsNullOrWhiteSpace(id) && TimeZoneInfo.TryFindSystemTimeZoneById(id, out var zone))
            {
                return zone;
            }
        }

        return ExtractionContext.FindTimeZone(null);
    }

    /// <summary>Creates the context the report extractor and field rules need for this turn.</summary>
    public ExtractionContext CreateExtractionContext(ITurnContext turn) => new(Content, TimeProvider, GetTimeZone(turn));
}
