namespace HelpBot.Domain.FollowUp;

/// <summary>
/// Follow-up settings, configuration section <c>FollowUp</c>: working hours, reminder timing,
/// when supervisors are prompted, and who supervises.
/// </summary>
public sealed class FollowUpOptions
{
    public const string SectionName = "FollowUp";

    /// <summary>IANA time zone of tickets that name none. Default <c>America/Denver</c>.</summary>
    public string DefaultTimeZone { get; set; } = "America/Denver";

    /// <summary>Start of the working day in the ticket's time zone. Default 08:00.</summary>
    public TimeOnly WorkdayStart { get; set; } = new(8, 0);

    /// <summary>End of the working day (exclusive) in the ticket's time zone. Default 17:00.</summary>
    public TimeOnly WorkdayEnd { get; set; } = new(17, 0);

    /// <summary>
    /// Working days; null or empty means Monday to Friday. A list, not an array with a default,
    /// because configuration binding appends to the elements a collection already has.
    /// </summary>
    public List<DayOfWeek>? WorkingDays { get; set; }

    /// <summary>
    /// Working days to wait for a CBMS help desk reply to a PEAK e-mail before the first reminder.
    /// The help desk promises no reply time and does not answer every e-mail, so the default of 2
    /// is HelpBot's choice.
    /// </summary>
    public int PeakReplyWorkingDays { get; set; } = 2;

    /// <summary>Working days before the first reminder of a Service Center call logged without a time frame. Default 3.</summary>
    public int NoTimeFrameWorkingDays { get; set; } = 3;

    /// <summary>Time between reminders after the first, moved into working hours. Default 1 day.</summary>
    public TimeSpan ReminderInterval { get; set; } = TimeSpan.FromDays(1);

    /// <summary>Time between reminders of a medically urgent ticket, at any hour. Default 4 hours.</summary>
    public TimeSpan UrgentInterval { get; set; } = TimeSpan.FromHours(4);

    /// <summary>
    /// Reminders without an update from the owner after which supervisors get an escalation card.
    /// Default 1: the reminder after the first unanswered one also prompts the supervisors.
    /// </summary>
    public int EscalateAfterReminders { get; set; } = 1;

    /// <summary>How often the reminder worker looks for due reminders. Default 1 minute.</summary>
    public TimeSpan ScanInterval { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>Wait before a failed delivery is tried again. Default 15 minutes.</summary>
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>Delivery attempts of one notice before it is dropped and logged. Default 96 (a day at the default delay).</summary>
    public int MaxDeliveryAttempts { get; set; } = 96;

    /// <summary>Configured supervisors; admins can add more in chat.</summary>
    public List<ChannelUser> Supervisors { get; set; } = [];

    /// <summary>Users who may add supervisors in chat.</summary>
    public List<ChannelUser> Admins { get; set; } = [];

    /// <summary>The working days in effect: <see cref="WorkingDays"/>, or Monday to Friday when it is empty.</summary>
    public IReadOnlyCollection<DayOfWeek> EffectiveWorkingDays => WorkingDays is { Count: > 0 } days
        ? days
        : [DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday];
}
