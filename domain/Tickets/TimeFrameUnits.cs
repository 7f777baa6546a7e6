namespace HelpBot.Domain.Tickets;

/// <summary>Values of <see cref="TimeFrame.Unit"/>, as stored on tickets.</summary>
public static class TimeFrameUnits
{
    public const string Hours = "hours";

    /// <summary>Calendar days, weekends included.</summary>
    public const string Days = "days";

    /// <summary>Days from Monday to Friday; holidays count as business days.</summary>
    public const string BusinessDays = "business-days";

    public const string Weeks = "weeks";

    /// <summary>True when <paramref name="unit"/> is one of the units.</summary>
    public static bool IsKnown(string? unit) => unit is Hours or Days or BusinessDays or Weeks;
}
