using HelpBot.Domain.Time;

namespace HelpBot.Domain.Reports;

/// <summary>The day, clock time and day part a text gives; each is null when the text gives none.</summary>
internal sealed record DateTimeParts(DateOnly? Date, TimeOnly? ClockTime, DayPeriod? Period)
{
    /// <summary>True when the text gives no day, clock time or day part.</summary>
    public bool IsEmpty => Date is null && ClockTime is null && Period is null;

    /// <summary>The clock time, else the day part's default time, else midnight.</summary>
    public TimeOnly TimeOfDay => ClockTime ?? (Period is null ? TimeOnly.MinValue : TimeOnly.FromTimeSpan(Period.DefaultTime));
}
