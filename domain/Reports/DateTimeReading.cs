namespace HelpBot.Domain.Reports;

/// <summary>A date and time read from text.</summary>
/// <param name="Value">The moment, in the user's time zone; midnight when only a date was given.</param>
/// <param name="HasDate">True when the text gave a day (a date, today, yesterday, a weekday).</param>
/// <param name="HasClockTime">True when the text gave a clock time.</param>
internal sealed record DateTimeReading(DateTimeOffset Value, bool HasDate, bool HasClockTime);
