namespace HelpBot.Domain.FollowUp;

/// <summary>Kinds of follow-up messages, as kept in <see cref="Tickets.PendingNotice.Kind"/>.</summary>
public static class NoticeKinds
{
    /// <summary>A reminder to the owner, or to the supervisor who took the ticket over.</summary>
    public const string Reminder = "reminder";

    /// <summary>An escalation card to a supervisor.</summary>
    public const string Escalation = "escalation";

    /// <summary>A notice to the owner that a supervisor acknowledged, took over or added a note.</summary>
    public const string OwnerNotice = "ownerNotice";
}
