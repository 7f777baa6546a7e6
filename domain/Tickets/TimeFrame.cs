using System.Globalization;

namespace HelpBot.Domain.Tickets;

/// <summary>
/// A time frame promised for an update, such as 3 business days or 48 hours. Tickets keep the amount
/// and unit, not only the time they lead to, so the promised time can be counted again from a
/// corrected call or reply time.
/// </summary>
public sealed record TimeFrame
{
    /// <summary>Largest amount, the most a user can type (three digits).</summary>
    public const int MaxAmount = 999;

    /// <exception cref="ArgumentOutOfRangeException">
    /// <paramref name="amount"/> is outside 0 to <see cref="MaxAmount"/>, or <paramref name="unit"/> is not one of <see cref="TimeFrameUnits"/>.
    /// </exception>
    public TimeFrame(int amount, string unit)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(amount);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(amount, MaxAmount);
        if (!TimeFrameUnits.IsKnown(unit))
        {
            throw new ArgumentOutOfRangeException(nameof(unit), unit, "The unit must be one of TimeFrameUnits: hours, days, business-days or weeks.");
        }

        Amount = amount;
        Unit = unit;
    }

    /// <summary>Number of units.</summary>
    public int Amount { get; }

    /// <summary>One of <see cref="TimeFrameUnits"/>.</summary>
    public string Unit { get; }

    public static TimeFrame Hours(int amount) => new(amount, TimeFrameUnits.Hours);

    public static TimeFrame Days(int amount) => new(amount, TimeFrameUnits.Days);

    public static TimeFrame BusinessDays(int amount) => new(amount, TimeFrameUnits.BusinessDays);

    public static TimeFrame Weeks(int amount) => new(amount, TimeFrameUnits.Weeks);

    /// <summary>
    /// Returns the end of the time frame counted from <paramref name="start"/>. Days and weeks keep the
    /// clock time and the offset of <paramref name="start"/>. Business days skip Saturdays and Sundays,
    /// counted on the calendar of that offset, so a frame of 1 or more business days ends on a weekday:
    /// 1 business day from a Friday or a Saturday ends on the Monday.
    /// </summary>
    public DateTimeOffset EndFrom(DateTimeOffset start) => Unit switch
    {
        TimeFrameUnits.Hours => start.AddHours(Amount),
        TimeFrameUnits.Weeks => start.AddDays(7 * Amount),
        TimeFrameUnits.BusinessDays => AddBusinessDays(start, Amount),
        _ => start.AddDays(Amount),
    };

    /// <summary>Returns the time frame in words, such as "3 business days" or "1 week".</summary>
    public override string ToString()
    {
        var word = Unit switch
        {
            TimeFrameUnits.Hours => "hour",
            TimeFrameUnits.BusinessDays => "business day",
            TimeFrameUnits.Weeks => "week",
            _ => "day",
        };
        return string.Create(CultureInfo.InvariantCulture, $"{Amount} {word}{(Amount == 1 ? "" : "s")}");
    }

    private static DateTimeOffset AddBusinessDays(DateTimeOffset start, int count)
    {
        var end = start;
        while (count > 0)
        {
            end = end.AddDays(1);
            if (end.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday))
            {
                count--;
            }
        }

        return end;
    }
}
