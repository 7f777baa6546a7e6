using System.Diagnostics.CodeAnalysis;

namespace HelpBot.Domain.FollowUp;

/// <summary>
/// Working days and hours in a time zone: whether an instant falls in them, the next instant that
/// does, and adding whole working days. Times of day are local wall-clock times, so a reminder
/// stays at 10:00 across a daylight-saving change.
/// </summary>
public sealed class WorkingHours
{
    // Two weeks covers any set of working days with at least one day in it.
    private const int MaxDaysSearched = 14;

    private readonly HashSet<DayOfWeek> _days;
    private readonly TimeOnly _start;
    private readonly TimeOnly _end;

    public WorkingHours(IEnumerable<DayOfWeek> days, TimeOnly start, TimeOnly end)
    {
        ArgumentNullException.ThrowIfNull(days);
        _days = [.. days];
        if (_days.Count == 0)
        {
            throw new ArgumentException("At least one working day is needed.", nameof(days));
        }

        if (end <= start)
        {
            throw new ArgumentException($"The end of the working day ({end}) must be later than its start ({start}).", nameof(end));
        }

        _start = start;
        _end = end;
    }

    /// <summary>Creates the working hours of <paramref name="options"/>.</summary>
    public static WorkingHours From(FollowUpOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return new WorkingHours(options.EffectiveWorkingDays, options.WorkdayStart, options.WorkdayEnd);
    }

    /// <summary>Finds a time zone by IANA (or Windows) id; false when the id is empty or unknown.</summary>
    public static bool TryFindTimeZone(string? id, [NotNullWhen(true)] out TimeZoneInfo? timeZone)
    {
        timeZone = null;
        if (string.IsNullOrWhiteSpace(id))
        {
            return false;
        }

        try
        {
            timeZone = TimeZoneInfo.FindSystemTimeZoneById(id);
            return true;
        }
        catch (Exception exception) when (exception is TimeZoneNotFoundException or InvalidTimeZoneException)
        {
            return false;
        }
    }

    /// <summary>True when <paramref name="instant"/> falls on a working day between start and end in <paramref name="timeZone"/>.</summary>
    public bool Contains(DateTimeOffset instant, TimeZoneInfo timeZone)
    {
        ArgumentNullException.ThrowIfNull(timeZone);
        var local = TimeZoneInfo.ConvertTime(instant, timeZone);
        var time = TimeOnly.FromDateTime(local.DateTime);
        return _days.Contains(local.DayOfWeek) && time >= _start && time < _end;
    }

    /// <summary>Returns <paramref name="instant"/> when it is in working hours, otherwise the start of the next working period.</summary>
    public DateTimeOffset NextWorkingInstant(DateTimeOffset instant, TimeZoneInfo timeZone)
    {
        ArgumentNullException.ThrowIfNull(timeZone);
        if (Contains(instant, timeZone))
        {
            return instant;
        }

        var local = TimeZoneInfo.ConvertTime(instant, timeZone);
        var date = DateOnly.FromDateTime(local.DateTime);
        if (TimeOnly.FromDateTime(local.DateTime) >= _start)
        {
            date = date.AddDays(1);
        }

        for (var i = 0; i < MaxDaysSearched; i++, date = date.AddDays(1))
        {
            if (_days.Contains(date.DayOfWeek))
            {
                return ToInstant(date, _start, timeZone);
            }
        }

        throw new InvalidOperationException("No working day was found in two weeks; check the working days.");
    }

    /// <summary>
    /// Returns the same local time of day <paramref name="workingDays"/> working days after
    /// <paramref name="instant"/>, moved into working hours.
    /// </summary>
    public DateTimeOffset AddWorkingDays(DateTimeOffset instant, int workingDays, TimeZoneInfo timeZone)
    {
        ArgumentNullException.ThrowIfNull(timeZone);
        ArgumentOutOfRangeException.ThrowIfNegative(workingDays);
        var local = TimeZoneInfo.ConvertTime(instant, timeZone);
        var date = DateOnly.FromDateTime(local.DateTime);
        for (var added = 0; added < workingDays;)
        {
            date = date.AddDays(1);
            if (_days.Contains(date.DayOfWeek))
            {
                added++;
            }
        }

        return NextWorkingInstant(ToInstant(date, TimeOnly.FromDateTime(local.DateTime), timeZone), timeZone);
    }

    // A local time skipped by a daylight-saving change is moved forward by the change.
    private static DateTimeOffset ToInstant(DateOnly date, TimeOnly time, TimeZoneInfo timeZone)
    {
        var local = date.ToDateTime(time, DateTimeKind.Unspecified);
        if (timeZone.IsInvalidTime(local))
        {
            local = local.AddHours(1);
        }

        return new DateTimeOffset(local, timeZone.GetUtcOffset(local));
    }
}
