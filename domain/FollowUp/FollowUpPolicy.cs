using HelpBot.Domain.Systems;
using HelpBot.Domain.Tickets;

namespace HelpBot.Domain.FollowUp;

/// <summary>
/// Decides when a ticket's owner is reminded and when supervisors are prompted, without I/O.
/// Normal tickets are reminded in working hours only: first when the promised time frame has passed
/// (or after a default reply window when none was promised), then every
/// <see cref="FollowUpOptions.ReminderInterval"/>. Medically urgent tickets prompt the supervisors at
/// once and remind every <see cref="FollowUpOptions.UrgentInterval"/> at any hour. While a reminder
/// is open (<see cref="Ticket.OpenReminderSentAt"/>), the reminders that fall due are counted but not sent.
/// </summary>
public sealed class FollowUpPolicy
{
    private readonly FollowUpOptions _options;
    private readonly TimeZoneInfo _defaultTimeZone;

    public FollowUpPolicy(FollowUpOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options;
        Hours = WorkingHours.From(options);
        _defaultTimeZone = WorkingHours.TryFindTimeZone(options.DefaultTimeZone, out var zone)
            ? zone
            : throw new ArgumentException($"Unknown time zone '{options.DefaultTimeZone}'.", nameof(options));
    }

    public WorkingHours Hours { get; }

    /// <summary>Returns the ticket's time zone, or the default one when it names none or an unknown one.</summary>
    public TimeZoneInfo TimeZoneOf(Ticket ticket)
    {
        ArgumentNullException.ThrowIfNull(ticket);
        return WorkingHours.TryFindTimeZone(ticket.TimeZone, out var zone) ? zone : _defaultTimeZone;
    }

    /// <summary>Returns when a new, normal ticket is first due: the promised time, or the default reply window after creation.</summary>
    public DateTimeOffset FirstReminderAt(Ticket ticket)
    {
        ArgumentNullException.ThrowIfNull(ticket);
        var zone = TimeZoneOf(ticket);
        if (ticket.PromisedUpdateBy is { } promised)
        {
            return Hours.NextWorkingInstant(promised, zone);
        }

        return Hours.AddWorkingDays(ticket.CreatedAt, ReplyWorkingDays(ticket), zone);
    }

    /// <summary>
    /// Decides what is due for <paramref name="ticket"/> at <paramref name="now"/> and advances its
    /// follow-up fields (<see cref="Ticket.NextReminderAt"/>, reminder count, escalation level,
    /// supervisor prompt time and status) as if the decision's messages were sent.
    /// </summary>
    public FollowUpDecision Advance(Ticket ticket, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(ticket);
        var decision = Decide(ticket, now);
        ticket.NextReminderAt = decision.NextAt;
        if (decision.RemindOwner || decision.ReminderSkipped)
        {
            ticket.RemindersSent++;
            ticket.EscalationLevel = NextLevel(ticket);
        }

        if (decision.RemindOwner)
        {
            ticket.OpenReminderSentAt = now;
        }

        if (decision.EscalationReason is not null)
        {
            ticket.SupervisorsPromptedAt = now;
            if (ticket.Status is TicketStatus.Reported or TicketStatus.Acknowledged)
            {
                ticket.SetStatus(TicketStatus.Escalated, now);
            }
        }

        return decision;
    }

    /// <summary>
    /// Reschedules <paramref name="ticket"/> after its owner gave an update: the reminder count starts
    /// again, and the next reminder waits for the promised time. Without a promised time it waits for
    /// the reply window of the ticket's system (<see cref="FollowUpOptions.PeakReplyWorkingDays"/> for
    /// PEAK, <see cref="FollowUpOptions.NoTimeFrameWorkingDays"/> otherwise), and after a promised time
    /// that has passed it waits one <see cref="FollowUpOptions.ReminderInterval"/>.
    /// </summary>
    public void OnOwnerUpdate(Ticket ticket, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(ticket);
        ticket.RemindersSent = 0;
        ticket.OpenReminderSentAt = null;

        // The update answers a reminder that still waits to be delivered (a retry or one held back during a turn).
        ticket.PendingNotices.RemoveAll(notice => notice.Kind == NoticeKinds.Reminder);
        if (!ticket.IsOpen)
        {
            ticket.NextReminderAt = null;
            return;
        }

        var zone = TimeZoneOf(ticket);
        ticket.NextReminderAt = ticket switch
        {
            { IsUrgent: true } => now + _options.UrgentInterval,
            { PromisedUpdateBy: { } promised } when promised > now => Hours.NextWorkingInstant(promised, zone),
            { PromisedUpdateBy: not null } => Hours.NextWorkingInstant(now + _options.ReminderInterval, zone),
            _ => Hours.AddWorkingDays(now, ReplyWorkingDays(ticket), zone),
        };
    }

    private FollowUpDecision Decide(Ticket ticket, DateTimeOffset now)
    {
        if (!ticket.IsOpen)
        {
            return new FollowUpDecision(false, null, null, null);
        }

        if (ticket.IsUrgent)
        {
            return DecideUrgent(ticket, now);
        }

        var zone = TimeZoneOf(ticket);
        var due = ticket.NextReminderAt ?? FirstReminderAt(ticket);
        if (due > now)
        {
            return new FollowUpDecision(false, null, null, due);
        }

        if (!Hours.Contains(now, zone))
        {
            return new FollowUpDecision(false, null, null, Hours.NextWorkingInstant(now, zone));
        }

        var next = Hours.NextWorkingInstant(now + _options.ReminderInterval, zone);
        return Remind(ticket, OverdueReason(ticket), next);
    }

    private FollowUpDecision DecideUrgent(Ticket ticket, DateTimeOffset now)
    {
        var reason = ticket.SupervisorsPromptedAt is null && ticket.TakenOverBy is null ? EscalationReasons.Urgent : null;
        if (ticket.NextReminderAt is null)
        {
            // A new urgent ticket: the supervisors hear of it now, the owner has the conversation open.
            return new FollowUpDecision(false, null, reason, now + _options.UrgentInterval);
        }

        if (ticket.NextReminderAt > now)
        {
            return new FollowUpDecision(false, null, reason, reason is null ? ticket.NextReminderAt : now + _options.UrgentInterval);
        }

        return Remind(ticket, reason, now + _options.UrgentInterval);
    }

    // A reminder that falls due while the previous one is still open is counted but not sent, so an
    // absent owner finds one reminder per ticket, and the supervisors are still prompted on time.
    private static FollowUpDecision Remind(Ticket ticket, string? reason, DateTimeOffset next) =>
        ticket.OpenReminderSentAt is null
            ? new FollowUpDecision(true, EscalationLadder.NextStep(ticket), reason, next)
            : new FollowUpDecision(false, null, reason, next, ReminderSkipped: true);

    // Supervisors are prompted once, when reminders brought no update and no supervisor is involved yet.
    private string? OverdueReason(Ticket ticket) =>
        ticket.RemindersSent >= _options.EscalateAfterReminders
        && ticket.SupervisorsPromptedAt is null
        && ticket.AcknowledgedAt is null
        && ticket.TakenOverBy is null
        && ticket.Status != TicketStatus.Drafted
            ? EscalationReasons.Overdue
            : null;

    // Working days to wait for news when no time was promised. PEAK uses the help desk's reply window,
    // and Service Center calls use the wait of a call without a time frame.
    private int ReplyWorkingDays(Ticket ticket) =>
        ticket.System == SupportSystems.Peak ? _options.PeakReplyWorkingDays : _options.NoTimeFrameWorkingDays;

    private static int NextLevel(Ticket ticket)
    {
        // A ticket whose e-mail or call has not gone out stays at its first step, except an urgent
        // PEAK ticket, which goes to the enrollment entity.
        var waitsForFirstContact = ticket.Status == TicketStatus.Drafted && !(ticket.System == SupportSystems.Peak && ticket.IsUrgent);
        if (waitsForFirstContact)
        {
            return ticket.EscalationLevel;
        }

        return Math.Min(ticket.EscalationLevel + 1, EscalationLadder.For(ticket.System).Count - 1);
    }
}
