namespace HelpBot.Domain.FollowUp;

/// <summary>What the follow-up engine sends for a ticket at one scan, and when it looks again.</summary>
/// <param name="RemindOwner">True when the owner (or the supervisor who took over) gets a reminder.</param>
/// <param name="Step">The escalation step the reminder suggests; null when no reminder goes out.</param>
/// <param name="EscalationReason">One of <see cref="EscalationReasons"/> when supervisors are prompted; otherwise null.</param>
/// <param name="NextAt">When to look at the ticket again; null when it is resolved or closed.</param>
/// <param name="ReminderSkipped">
/// True when a reminder fell due but is not sent, because the previous one is still open; it counts
/// towards escalation like a sent one.
/// </param>
public sealed record FollowUpDecision(bool RemindOwner, EscalationStep? Step, string? EscalationReason, DateTimeOffset? NextAt, bool ReminderSkipped = false)
{
    /// <summary>True when anything is sent.</summary>
    public bool SendsAnything => RemindOwner || EscalationReason is not null;
}
