using HelpBot.Domain.FollowUp;
using HelpBot.Domain.Tickets;
using HelpBot.Privacy;
using HelpBot.Runtime.Proactive;
using HelpBot.Runtime.Turns;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace HelpBot.Dialogs.FollowUp;

/// <summary>
/// <see cref="IFollowUpService"/> over <see cref="ITicketStore"/>. Every change reads the ticket,
/// checks the actor, applies the change with any follow-up it makes due, and saves the ticket with
/// its ETag. Notices go out only after that write succeeds, so of two writers racing on one ticket
/// only one sends. A notice whose delivery fails is kept on the ticket and sent again at a later
/// scan. NOTE: a crash between the write and the send loses that notice instead of sending it twice.
/// </summary>
public sealed partial class FollowUpService : IFollowUpService
{
    // Attempts at a read-change-write cycle of one ticket before giving up on a busy ticket.
    private const int MaxWriteAttempts = 5;

    private static readonly HashSet<string> OwnerStatuses = new(StringComparer.Ordinal)
    {
        TicketStatus.Reported, TicketStatus.Acknowledged, TicketStatus.Escalated, TicketStatus.Resolved, TicketStatus.Closed,
    };

    private readonly ITicketStore _tickets;
    private readonly ISupervisorDirectory _supervisors;
    private readonly IProactiveSender _sender;
    private readonly IPiiAnalyzer _analyzer;
    private readonly IPiiRedactor _redactor;
    private readonly FollowUpOptions _options;
    private readonly FollowUpPolicy _policy;
    private readonly TimeProvider _timeProvider;
    private readonly ILogger<FollowUpService> _logger;
    private readonly ConversationLock _conversationLock;

    public FollowUpService(
        ITicketStore tickets,
        ISupervisorDirectory supervisors,
        IProactiveSender sender,
        IPiiAnalyzer analyzer,
        IPiiRedactor redactor,
        IOptions<FollowUpOptions> options,
        TimeProvider timeProvider,
        ILogger<FollowUpService> logger,
        ConversationLock conversationLock)
    {
        ArgumentNullException.ThrowIfNull(options);
        _tickets = tickets;
        _supervisors = supervisors;
        _sender = sender;
        _analyzer = analyzer;
        _redactor = redactor;
        _options = options.Value;
        _policy = new FollowUpPolicy(_options);
        _timeProvider = timeProvider;
        _logger = logger;
        _conversationLock = conversationLock;
    }

    /// <summary>The rules this service follows, built from the options.</summary>
    public FollowUpPolicy Policy => _policy;

    public async Task OnTicketCreatedAsync(Ticket ticket, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(ticket);
        await ProcessAsync(ticket.Id, _timeProvider.GetUtcNow(), ticket.ConversationId, cancellationToken);
    }

    public Task<TicketChangeResult> RecordStatusAsync(TicketActor actor, string ticketId, string status, CancellationToken cancellationToken) =>
        ChangeAsync(actor, ticketId, Access.Owner, "status recorded", (ticket, now) =>
        {
            if (!OwnerStatuses.Contains(status ?? string.Empty))
            {
                return TicketChangeOutcome.Invalid;
            }

            if (ticket.Status == status)
            {
                return TicketChangeOutcome.Unchanged;
            }

            if (!ticket.IsOpen && status is TicketStatus.Resolved or TicketStatus.Closed)
            {
                return TicketChangeOutcome.Finished;
            }

            ticket.SetStatus(status!, now);
            _policy.OnOwnerUpdate(ticket, now);
            NoticeOwnerOfOthersChange(actor, ticket, now);
            return TicketChangeOutcome.Changed;
        }, cancellationToken);

    public Task<TicketChangeResult> SetIncidentNumberAsync(TicketActor actor, string ticketId, string incidentNumber, CancellationToken cancellationToken) =>
        ChangeAsync(actor, ticketId, Access.Owner, "incident number added", (ticket, now) =>
        {
            var number = incidentNumber?.Trim() ?? string.Empty;
            if (!IsValidIncidentNumber(number))
            {
                return TicketChangeOutcome.Invalid;
            }

            if (ticket.IncidentNumber == number)
            {
                return TicketChangeOutcome.Unchanged;
            }

            ticket.IncidentNumber = number;
            if (ticket.Status is TicketStatus.Drafted or TicketStatus.Reported)
            {
                ticket.SetStatus(TicketStatus.Acknowledged, now);
            }

            ticket.RecordDetailChange(CallDetailsUpdate.IncidentNumberDetail, now);
            _policy.OnOwnerUpdate(ticket, now);
            NoticeOwnerOfOthersChange(actor, ticket, now);
            return TicketChangeOutcome.Changed;
        }, cancellationToken);

    public Task<TicketChangeResult> SetCallDetailsAsync(TicketActor actor, string ticketId, CallDetailsUpdate update, CancellationToken cancellationToken) =>
        ChangeAsync(actor, ticketId, Access.Owner, "call details changed", (ticket, now) =>
        {
            if (!IsValidCallDetails(ticket, update, now))
            {
                return TicketChangeOutcome.Invalid;
            }

            if (update.ApplyTo(ticket, now).Count == 0)
            {
                return TicketChangeOutcome.Unchanged;
            }

            _policy.OnOwnerUpdate(ticket, now);
            NoticeOwnerOfOthersChange(actor, ticket, now);
            return TicketChangeOutcome.Changed;
        }, cancellationToken);

    public Task<TicketChangeResult> MarkUrgentAsync(TicketActor actor, string ticketId, CancellationToken cancellationToken) =>
        ChangeAsync(actor, ticketId, Access.Owner, "marked urgent", (ticket, _) =>
        {
            if (ticket.IsUrgent)
            {
                return TicketChangeOutcome.Unchanged;
            }

            if (!ticket.IsOpen)
            {
                return TicketChangeOutcome.Finished;
            }

            // The owner is in the conversation now: the supervisors hear at once, the owner's next reminder follows the urgent interval.
            ticket.Urgency = TicketUrgency.MedicallyUrgent;
            ticket.NextReminderAt = null;
            ticket.SupervisorsPromptedAt = null;
            return TicketChangeOutcome.Changed;
        }, cancellationToken);

    public Task<TicketChangeResult> AcknowledgeAsync(TicketActor supervisor, string ticketId, CancellationToken cancellationToken) =>
        ChangeAsync(supervisor, ticketId, Access.Supervisor, "acknowledged", (ticket, now) =>
        {
            if (ticket.AcknowledgedAt is not null && ticket.SupervisorId == supervisor.UserId)
            {
                return TicketChangeOutcome.Unchanged;
            }

            ticket.AcknowledgedAt = now;
            ticket.SupervisorId = supervisor.UserId;
            QueueOwnerNotice(ticket, OwnerNoticeKinds.Acknowledged, now);
            return TicketChangeOutcome.Changed;
        }, cancellationToken);

    public Task<TicketChangeResult> AddNoteAsync(TicketActor supervisor, string ticketId, string note, CancellationToken cancellationToken) =>
        ChangeAsync(supervisor, ticketId, Access.Supervisor, "note added", (ticket, now) =>
        {
            if (string.IsNullOrWhiteSpace(note) || note.Length > Cards.Builders.FollowUp.EscalationCard.MaxNoteLength)
            {
                return TicketChangeOutcome.Invalid;
            }

            ticket.Notes.Add(new TicketNote(supervisor.UserId, now, Redact(ticket.Id, note.Trim())));
            QueueOwnerNotice(ticket, OwnerNoticeKinds.NoteAdded, now);
            return TicketChangeOutcome.Changed;
        }, cancellationToken);

    public Task<TicketChangeResult> TakeOverAsync(TicketActor supervisor, string ticketId, CancellationToken cancellationToken) =>
        ChangeAsync(supervisor, ticketId, Access.Supervisor, "taken over", (ticket, now) =>
        {
            if (ticket.TakenOverBy == supervisor.UserId)
            {
                return TicketChangeOutcome.Unchanged;
            }

            ticket.TakenOverBy = supervisor.UserId;
            ticket.SupervisorId = supervisor.UserId;

            // The supervisor has seen no reminder yet, so the next one due goes to them.
            ticket.OpenReminderSentAt = null;
            ticket.AcknowledgedAt ??= now;
            QueueOwnerNotice(ticket, OwnerNoticeKinds.TookOver, now);
            return TicketChangeOutcome.Changed;
        }, cancellationToken);

    public async Task<int> MarkRemindersSeenAsync(TicketActor owner, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(owner);
        var tickets = await _tickets.ListByOwnerAsync(owner.ChannelId, owner.UserId, cancellationToken);
        var closed = 0;
        foreach (var ticket in tickets.Where(t => t.OpenReminderSentAt is not null && t.TakenOverBy is null))
        {
            closed += await CloseOpenReminderAsync(ticket, cancellationToken) ? 1 : 0;
        }

        return closed;
    }

    public async Task<TicketDigest> CreateDigestAsync(DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken)
    {
        var created = await _tickets.ListCreatedAsync(from, to, cancellationToken);
        var scheduled = await _tickets.ListScheduledAsync(cancellationToken);
        return DigestBuilder.Build(created.Concat(scheduled), from, to);
    }

    // Clears the open reminder of one ticket, re-reading it when another writer changed it meanwhile.
    private async Task<bool> CloseOpenReminderAsync(Ticket ticket, CancellationToken cancellationToken)
    {
        for (var attempt = 1; attempt <= MaxWriteAttempts; attempt++)
        {
            if (ticket.OpenReminderSentAt is null || ticket.TakenOverBy is not null)
            {
                return false;
            }

            ticket.OpenReminderSentAt = null;
            if (await _tickets.TryUpdateAsync(ticket, cancellationToken))
            {
                return true;
            }

            if (await _tickets.GetAsync(ticket.Id, cancellationToken) is not { } current)
            {
                return false;
            }

            ticket = current;
        }

        Log.ClaimLost(_logger, ticket.Id);
        return false;
    }

    private string Redact(string ticketId, string note)
    {
        note = NoteScreen.RemoveSocialSecurityShapes(note);
        var findings = _analyzer.Analyze(note);
        if (findings.Count == 0)
        {
            return note;
        }

        Log.NoteRedacted(_logger, ticketId, findings.Count);
        return _redactor.Redact(note, findings, RedactionDecision.Remove);
    }

    // A supervisor may record a status or number on someone else's ticket; its owner hears of it.
    private static void NoticeOwnerOfOthersChange(TicketActor actor, Ticket ticket, DateTimeOffset now)
    {
        if (actor.ChannelId != ticket.ChannelId || actor.UserId != ticket.OwnerId)
        {
            QueueOwnerNotice(ticket, OwnerNoticeKinds.Updated, now);
        }
    }

    // The owner notice goes out right after the change is saved, like a retry that is due now.
    private static void QueueOwnerNotice(Ticket ticket, string kind, DateTimeOffset now) =>
        ticket.PendingNotices.Add(new PendingNotice(NoticeKinds.OwnerNotice, ticket.ChannelId, ticket.OwnerId, ticket.ConversationId, 0, now, kind));

    // The same rules as the call log: a valid number, a call or reply that is not in the future, and a time
    // frame counted from a known call or reply. A PEAK ticket has no call, and a Service Center ticket no reply.
    private bool IsValidCallDetails(Ticket ticket, CallDetailsUpdate update, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(update);
        var peak = ticket.System == Domain.Systems.SupportSystems.Peak;
        var start = peak ? update.RepliedAt ?? ticket.RepliedAt : update.CalledAt ?? ticket.CalledAt;
        return !update.IsEmpty
            && (update.IncidentNumber is null || IsValidIncidentNumber(update.IncidentNumber.Trim()))
            && (peak ? update.CalledAt is null : update.RepliedAt is null)
            && !(update.CalledAt > now)
            && !(update.RepliedAt > now)
            && (update.TimeFrame is null || start is not null);
    }

    private bool IsValidIncidentNumber(string number) => IncidentNumberCheck.FindProblem(number, _analyzer) is null;

    private enum Access
    {
        Owner,
        Supervisor,
    }
}
