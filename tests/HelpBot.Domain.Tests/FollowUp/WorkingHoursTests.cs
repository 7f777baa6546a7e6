using HelpBot.Domain.FollowUp;

namespace HelpBot.Domain.Tests.FollowUp;

public sealed class WorkingHoursTests
{
    private static readonly TimeZoneInfo Denver = TimeZoneInfo.FindSystemTimeZoneById("America/Denver");

    [Theory]
    [InlineData("2026-02-02T10:00:00-07:00", true)] // Monday morning
    [InlineData("2026-02-02T08:00:00-07:00", true)] // start is inclusive
    [InlineData("2026-02-02T17:00:00-07:00", false)] // end is exclusive
    [InlineData("2026-02-02T07:59:00-07:00", false)]
    [InlineData("2026-02-07T10:00:00-07:00", false)] // Saturday
    [InlineData("2026-02-02T17:30:00Z", true)] // 10:30 in Denver
    [InlineData("2026-02-03T01:00:00Z", false)] // Monday 18:00 in Denver
    public void Contains_Instant_MatchesDenverHours(string instant, bool expected)
    {
        Assert.Equal(expected, CreateHours().Contains(DateTimeOffset.Parse(instant, System.Globalization.CultureInfo.InvariantCulture), Denver));
    }

    [Theory]
    [InlineData("2026-02-02T10:00:00-07:00", "2026-02-02T10:00:00-07:00")] // already inside
    [InlineData("2026-02-02T06:00:00-07:00", "2026-02-02T08:00:00-07:00")] // before start, same day
    [InlineData("2026-02-02T18:00:00-07:00", "2026-02-03T08:00:00-07:00")] // after end, next day
    [InlineData("2026-02-06T17:00:00-07:00", "2026-02-09T08:00:00-07:00")] // Friday evening to Monday
    [InlineData("2026-02-07T12:00:00-07:00", "2026-02-09T08:00:00-07:00")] // Saturday
    [InlineData("2026-03-07T12:00:00-07:00", "2026-03-09T08:00:00-06:00")] // over the daylight-saving change
    public void NextWorkingInstant_Instant_ReturnsExpected(string instant, string expected)
    {
        var result = CreateHours().NextWorkingInstant(Parse(instant), Denver);

        Assert.Equal(Parse(expected), result);
    }

    [Theory]
    [InlineData("2026-02-02T10:00:00-07:00", 2, "2026-02-04T10:00:00-07:00")]
    [InlineData("2026-02-05T10:00:00-07:00", 2, "2026-02-09T10:00:00-07:00")] // Thursday + 2 skips the weekend
    [InlineData("2026-02-02T18:30:00-07:00", 1, "2026-02-04T08:00:00-07:00")] // evening time moves to the next morning
    [InlineData("2026-02-02T10:00:00-07:00", 0, "2026-02-02T10:00:00-07:00")]
    public void AddWorkingDays_Days_SkipsWeekends(string instant, int days, string expected)
    {
        var result = CreateHours().AddWorkingDays(Parse(instant), days, Denver);

        Assert.Equal(Parse(expected), result);
    }

    [Fact]
    public void Constructor_EndBeforeStart_Throws()
    {
        Assert.Throws<ArgumentException>(() => new WorkingHours([DayOfWeek.Monday], new TimeOnly(17, 0), new TimeOnly(8, 0)));
    }

    [Fact]
    public void Constructor_NoDays_Throws()
    {
        Assert.Throws<ArgumentException>(() => new WorkingHours([], new TimeOnly(8, 0), new TimeOnly(17, 0)));
    }

    [Theory]
    [InlineData("America/Denver", true)]
    [InlineData("Mars/Olympus_Mons", false)]
    [InlineData("", false)]
    [InlineData(null, false)]
    public void TryFindTimeZone_Id_ReturnsExpected(string? id, bool expected)
    {
        Assert.Equal(expected, WorkingHours.TryFindTimeZone(id, out _));
    }

    private static WorkingHours CreateHours() => WorkingHours.From(new FollowUpOptions());

    private static DateTimeOffset Parse(string value) => DateTimeOffset.Parse(value, System.Globalization.CultureInfo.InvariantCulture);
}
