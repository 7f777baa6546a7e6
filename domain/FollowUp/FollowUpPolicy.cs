using HelpBot.Domain.Systems;
using HelpBot.Domain.Tickets;

namespace HelpBot.Domain.FollowUp;

/// <summary>
/// Decides when a ticket's owner is reminded and when supervisors are prompted, without I/O.
/// Normal tickets are reminded in working hours only: first when the promised time frame has passed
/// (or after a default reply window when none was promised), then every
/// <see cref="FollowUpOptions.ReminderInterval"/>. Medically urgent tickets prompt the supervisors at
/// once and remind every <see cref="FollowUpOptions.UrgentInterval"/> at any hour.
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

        var days = ticket.System == SupportSystems.Peak ? _options.PeakReplyWorkingDays : _options.NoTimeFrameWorkingDays;
        return Hours.AddWorkingDays(ticket.CreatedAt, days, zone);
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
        if (decision.RemindOwner)
        {
            ticket.RemindersSent++;
            ticket.EscalationLevel = NextLevel(ticket);
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
    /// again, and the next reminder waits for the promised time, the PEAK reply window after an
    /// e-mail went out, or one interval.
    /// </summary>
    public void OnOwnerUpdate(Ticket ticket, DateTimeOffset now, bool emailJustSent)
    {
        ArgumentNullException.ThrowIfNull(ticket);
        ticket.RemindersSent = 0;
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
            _ when emailJustSent => Hours.AddWorkingDays(now, _options.PeakReplyWorkingDays, zone),
            _ => Hours.NextWorkingInstant(now + _options.ReminderInterval, zone),
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
        return new FollowUpDecision(true, EscalationLadder.NextStep(ticket), OverdueReason(ticket), next);
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

        return new FollowUpDecision(true, EscalationLadder.NextStep(ticket), reason, now + _options.UrgentInterval);
    }

    // Supervisors are prompted once, when reminders brought no update and no supervisor is involved yet.
    private string? OverdueReason(Ticket ticket) =>
        ticket.RemindersSent >= _options.EscalateAfterReminders
        && ticket.SupervisorsPromptedAt is null
        && ticket.AcknowledgedAt is null
        && ticket.TakenOverBy is null
        && ticket.Status != TicketStatus.Drafted
            ? EscalationReasons.Overdue
            : null;

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
