using System.Text.Json.Serialization;

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

    /// <summary>When the owner called the Service Center; null until a call is logged, and on PEAK tickets.</summary>
    public DateTimeOffset? CalledAt { get; set; }

    /// <summary>The time <see cref="PromisedTimeFrame"/> is counted from: <see cref="RepliedAt"/> on PEAK tickets, <see cref="CalledAt"/> on others.</summary>
    [JsonIgnore]
    public DateTimeOffset? TimeFrameStart => System == Systems.SupportSystems.Peak ? RepliedAt : CalledAt;

    /// <summary>
    /// When the CBMS help desk's reply that promised <see cref="PromisedTimeFrame"/> came; PEAK tickets
    /// only, null until the owner records it.
    /// </summary>
    public DateTimeOffset? RepliedAt { get; set; }

    /// <summary>
    /// When an update was promised: the end of <see cref="PromisedTimeFrame"/>, counted from
    /// <see cref="CalledAt"/> (Service Center) or <see cref="RepliedAt"/> (PEAK). Reminders fire after it.
    /// </summary>
    public DateTimeOffset? PromisedUpdateBy { get; set; }

    /// <summary>
    /// The time frame that was promised, such as 3 business days; null when none was promised, and on
    /// tickets stored before the time frame was kept, which have <see cref="PromisedUpdateBy"/> only.
    /// </summary>
    public TimeFrame? PromisedTimeFrame { get; set; }

    /// <summary>One of <see cref="TicketUrgency"/>.</summary>
    public string Urgency { get; set; } = TicketUrgency.Normal;

    /// <summary>Current status, one of <see cref="TicketStatus"/>; the last entry of <see cref="History"/>.</summary>
    public string Status { get; set; } = TicketStatus.Drafted;

    /// <summary>Every status with the time it was set, and every change of the call details, oldest first.</summary>
    public List<TicketStatusChange> History { get; set; } = [];

    /// <summary>Page slug such as <c>benefit-information</c>, for statistics.</summary>
    public string? PageCategory { get; set; }

    /// <summary>One of <see cref="Reports.ErrorCategories"/>, for statistics.</summary>
    public string? ErrorCategory { get; set; }

    /// <summary>Conversation the ticket was created in; reminders go there while it exists.</summary>
    public string? ConversationId { get; set; }

    /// <summary>
    /// IANA time zone id of the owner, such as <c>America/Denver</c>; null uses the follow-up
    /// options' default time zone. Working hours and reminder times are computed in it.
    /// </summary>
    public string? TimeZone { get; set; }

    /// <summary>When the follow-up engine next looks at the ticket; null until it is scheduled.</summary>
    public DateTimeOffset? NextReminderAt { get; set; }

    /// <summary>Reminders that fell due since the last update from the owner, the skipped ones included.</summary>
    public int RemindersSent { get; set; }

    /// <summary>
    /// When the last reminder went out that its recipient has not answered yet; null when none is
    /// open. An update from the owner, the owner's "my tickets" list or a take-over closes it.
    /// </summary>
    public DateTimeOffset? OpenReminderSentAt { get; set; }

    /// <summary>Index into the escalation ladder of the step the next reminder suggests.</summary>
    public int EscalationLevel { get; set; }

    /// <summary>When supervisors were last prompted with an escalation card; null when never.</summary>
    public DateTimeOffset? SupervisorsPromptedAt { get; set; }

    /// <summary>Channel user id of the supervisor who acknowledged or took over the ticket.</summary>
    public string? SupervisorId { get; set; }

    public DateTimeOffset? AcknowledgedAt { get; set; }

    /// <summary>Channel user id of the supervisor who took the ticket over; reminders go to them.</summary>
    public string? TakenOverBy { get; set; }

    /// <summary>Supervisor notes, each redacted of personal data before it is added.</summary>
    public List<TicketNote> Notes { get; set; } = [];

    /// <summary>Notices whose delivery failed and that the follow-up engine sends again later.</summary>
    public List<PendingNotice> PendingNotices { get; set; } = [];

    /// <summary>True while the ticket is neither resolved nor closed.</summary>
    [JsonIgnore]
    public bool IsOpen => Status is not (TicketStatus.Resolved or TicketStatus.Closed);

    /// <summary>True when the ticket is medically urgent.</summary>
    [JsonIgnore]
    public bool IsUrgent => Urgency == TicketUrgency.MedicallyUrgent;

    /// <summary>Ticket version for optimistic concurrency, set by the store.</summary>
    public string? ETag { get; set; }

    /// <summary>Sets <see cref="Status"/> and appends it to <see cref="History"/>.</summary>
    public void SetStatus(string status, DateTimeOffset at)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(status);
        Status = status;
        History.Add(new TicketStatusChange(status, at));
    }

    /// <summary>
    /// Records that <paramref name="detail"/> changed at <paramref name="at"/>: on the history entry that
    /// <see cref="SetStatus"/> added at the same time, or on a new entry under the current status.
    /// </summary>
    public void RecordDetailChange(string detail, DateTimeOffset at)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(detail);
        if (History.Count > 0 && History[^1] is { Detail: null } last && last.At == at && last.Status == Status)
        {
            History[^1] = last with { Detail = detail };
            return;
        }

        History.Add(new TicketStatusChange(Status, at, detail));
    }
}
