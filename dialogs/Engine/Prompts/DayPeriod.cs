namespace HelpBot.Dialogs.Engine.Prompts;

/// <summary>A part of the day named in text, with the time used when no clock time is given.</summary>
/// <param name="DefaultTime">Time of day used when the user gave none.</param>
/// <param name="IsAfterNoon">Whether a clock time without am/pm in this period means pm ("this evening at 7").</param>
/// <param name="DaysBack">1 for "last night", which is yesterday.</param>
internal sealed record DayPeriod(TimeSpan DefaultTime, bool IsAfterNoon, int DaysBack = 0)
{
    private static readonly DayPeriod Morning = new(new TimeSpan(9, 0, 0), false);
    private static readonly DayPeriod Afternoon = new(new TimeSpan(15, 0, 0), true);
    private static readonly DayPeriod Evening = new(new TimeSpan(19, 0, 0), true);
    private static readonly DayPeriod Night = new(new TimeSpan(21, 0, 0), true);

    /// <summary>Returns the period a word names, or null.</summary>
    public static DayPeriod? Find(string word) => word switch
    {
        "morning" => Morning,
        "afternoon" => Afternoon,
        "evening" => Evening,
        "night" or "tonight" => Night,
        _ => null,
    };
}
