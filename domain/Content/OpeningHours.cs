using System.Globalization;

namespace HelpBot.Domain.Content;

/// <summary>
/// Opening hours of a phone line in a form the bot can compare with the clock: the same opening and
/// closing time on each listed weekday, in one time zone. Holidays are not modeled.
/// </summary>
public sealed class OpeningHours
{
    /// <summary>English weekday names, such as "Monday".</summary>
    public List<string> Days { get; set; } = [];

    /// <summary>Opening time as "HH:mm".</summary>
    public string Opens { get; set; } = string.Empty;

    /// <summary>Closing time as "HH:mm".</summary>
    public string Closes { get; set; } = string.Empty;

    /// <summary>IANA time zone of the times, such as <c>America/Denver</c>.</summary>
    public string TimeZone { get; set; } = string.Empty;

    /// <summary>Name of the time zone shown to users, such as "Mountain Time".</summary>
    public string TimeZoneName { get; set; } = string.Empty;

    /// <summary>Returns true when every value parses: known weekdays, two times with opening first, and a known time zone.</summary>
    public bool IsValid() =>
        Days.Count > 0
        && Days.TrueForAll(day => Enum.TryParse<DayOfWeek>(day, ignoreCase: false, out _))
        && TryParseTime(Opens, out var opens)
        && TryParseTime(Closes, out var closes)
        && opens < closes
        && TimeZoneInfo.TryFindSystemTimeZoneById(TimeZone, out _);

    /// <summary>
    /// Returns the next moment the line opens, in its time zone, when it is closed at <paramref name="now"/>;
    /// null when it is open then, or when the hours are not valid.
    /// </summary>
    public DateTimeOffset? NextOpening(DateTimeOffset now)
    {
        if (!IsValid() || !TryParseTime(Opens, out var opens) || !TryParseTime(Closes, out var closes))
        {
            return null;
        }

        var zone = TimeZoneInfo.FindSystemTimeZoneById(TimeZone);
        var local = TimeZoneInfo.ConvertTime(now, zone);
        var days = Days.Select(day => Enum.Parse<DayOfWeek>(day)).ToHashSet();
        var time = TimeOnly.FromDateTime(local.DateTime);
        if (days.Contains(local.DayOfWeek) && time >= opens && time < closes)
        {
            return null;
        }

        var date = DateOnly.FromDateTime(local.DateTime);
        for (var offset = 0; offset <= 7; offset++)
        {
            var day = date.AddDays(offset);
            if (days.Contains(day.DayOfWeek) && (offset > 0 || time < opens))
            {
                var opening = day.ToDateTime(opens);
                return new DateTimeOffset(opening, zone.GetUtcOffset(opening));
            }
        }

        return null;
    }

    private static bool TryParseTime(string value, out TimeOnly time) =>
        TimeOnly.TryParseExact(value, "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out time);
}
