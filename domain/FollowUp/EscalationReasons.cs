namespace HelpBot.Domain.FollowUp;

/// <summary>Why supervisors are prompted about a ticket.</summary>
public static class EscalationReasons
{
    /// <summary>The ticket is medically urgent.</summary>
    public const string Urgent = "urgent";

    /// <summary>Reminders to the owner brought no update.</summary>
    public const string Overdue = "overdue";
}
