namespace HelpBot.Domain.Tickets;

/// <summary>
/// A reported problem, kept as metadata only: ids, numbers, dates, status and categories. It contains no
/// names, case numbers, descriptions or other free text, so it can be kept as long as needed.
/// </summary>
public sealed class Ticket
{
    /// <summary>HelpBot's own ticket id.</summary>
    public string Id { get; set; } = string.Empty;

    /// <summary>One of <see cref="Systems.SupportSystems"/>.</summary>
    public string System { get; set; } = string.Empty;

    /// <summary>Channel user id of the staff member who reported it.</summary>
    public string OwnerId { get; set; } = string.Empty;

    /// <summary>Channel the owner used, such as <c>msteams</c> or <c>directline</c>.</summary>
    public string ChannelId { get; set; } = string.Empty;

    /// <summary>Service Center incident number or CBMS help desk ticket number, once known.</summary>
    public string? IncidentNumber { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>When an update was promised (Service Center time frame); reminders fire after it.</summary>
    public DateTimeOffset? PromisedUpdateBy { get; set; }

    /// <summary>One of <see cref="TicketUrgency"/>.</summary>
    public string Urgency { get; set; } = TicketUrgency.Normal;

    /// <summary>Current status, one of <see cref="TicketStatus"/>; the last entry of <see cref="History"/>.</summary>
    public string Status { get; set; } = TicketStatus.Drafted;

    /// <summary>Every status with the time it was set, oldest first.</summary>
    public List<TicketStatusChange> History { get; set; } = [];

    /// <summary>Page slug such as <c>benefit-information</c>, for statistics.</summary>
    public string? PageCategory { get; set; }

    /// <summary>One of <see cref="Reports.ErrorCategories"/>, for statistics.</summary>
    public string? ErrorCategory { get; set; }

    /// <summary>Ticket version for optimistic concurrency, set by the store.</summary>
    public string? ETag { get; set; }

    /// <summary>Sets <see cref="Status"/> and appends it to <see cref="History"/>.</summary>
    public void SetStatus(string status, DateTimeOffset at)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(status);
        Status = status;
        History.Add(new TicketStatusChange(status, at));
    }
}
