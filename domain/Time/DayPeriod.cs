namespace HelpBot.Domain.Time;

/// <summary>
/// A part of the day named in text ("this morning", "last night", "tonight"), with the time used when
/// no clock time is given. Both the report extractor and the date and time prompt read day parts here.
/// </summary>
/// <param name="Name">The part of the day: morning, afternoon, evening or night.</param>
/// <param name="DefaultTime">Time of day used when the user gave none.</param>
/// <param name="IsAfterNoon">Whether a clock time without am/pm in this period means pm ("this evening at 7").</param>
/// <param name="DaysBack">1 for "last night", which is yesterday.</param>
public sealed record DayPeriod(string Name, TimeSpan DefaultTime, bool IsAfterNoon, int DaysBack = 0)
{
    private static readonly DayPeriod Morning = new("morning", new TimeSpan(9, 0, 0), false);
    private static readonly DayPeriod Afternoon = new("afternoon", new TimeSpan(15, 0, 0), true);
    private static readonly DayPeriod Evening = new("evening", new TimeSpan(19, 0, 0), true);
    private static readonly DayPeriod Night = new("night", new TimeSpan(21, 0, 0), true);

    /// <summary>Returns the period a lower-case word names ("morning", "tonight"), or null.</summary>
    public static DayPeriod? Find(string word) => word switch
    {
        "morning" => Morning,
        "afternoon" => Afternoon,
        "evening" => Evening,
        "night" or "tonight" => Night,
        _ => null,
    };

    /// <summary>
    /// Returns the period a lower-case word names after the word before it: "last" moves it to the day
    /// before ("last night"), and any other word leaves it on its day ("this morning").
    /// </summary>
    public static DayPeriod? Find(string? wordBefore, string word) =>
        Find(word) is { } period && wordBefore == "last" ? period with { DaysBack = 1 } : Find(word);

    /// <summary>Returns whether a lower-case word alone names a period of today, as "tonight" does.</summary>
    public static bool NamesToday(string word) => word == "tonight";

    /// <summary>
    /// Returns the hour on the 24-hour clock for an hour typed without am/pm. Inside an afternoon, evening
    /// or night period an hour from 1 to 11 means pm, and otherwise the hour is kept.
    /// </summary>
    public int ToTwentyFourHour(int hour) => IsAfterNoon && hour is >= 1 and < 12 ? hour + 12 : hour;
}
