using System.Text.Json;
using HelpBot.Domain.Tickets;

namespace HelpBot.Domain.Tests.Tickets;

public sealed class TimeFrameTests
{
    // Wednesday 2026-03-11 at 10:00 in Mountain Daylight Time.
    private static readonly DateTimeOffset s_wednesday = new(2026, 3, 11, 10, 0, 0, TimeSpan.FromHours(-6));

    [Theory]
    [InlineData(3, TimeFrameUnits.BusinessDays, 5)]
    [InlineData(2, TimeFrameUnits.BusinessDays, 2)]
    [InlineData(5, TimeFrameUnits.BusinessDays, 7)]
    [InlineData(3, TimeFrameUnits.Days, 3)]
    [InlineData(2, TimeFrameUnits.Weeks, 14)]
    public void EndFrom_Wednesday_AddsCalendarDays(int amount, string unit, int days)
    {
        Assert.Equal(s_wednesday.AddDays(days), new TimeFrame(amount, unit).EndFrom(s_wednesday));
    }

    [Fact]
    public void EndFrom_Hours_AddsExactly()
    {
        Assert.Equal(s_wednesday.AddHours(48), TimeFrame.Hours(48).EndFrom(s_wednesday));
    }

    [Theory]
    [InlineData(13)] // Friday
    [InlineData(14)] // Saturday
    [InlineData(15)] // Sunday
    public void EndFrom_OneBusinessDayFromWeekEnd_EndsMonday(int day)
    {
        var start = new DateTimeOffset(2026, 3, day, 16, 30, 0, TimeSpan.FromHours(-6));

        var end = TimeFrame.BusinessDays(1).EndFrom(start);

        Assert.Equal(new DateTimeOffset(2026, 3, 16, 16, 30, 0, TimeSpan.FromHours(-6)), end);
    }

    [Theory]
    [InlineData(-1, TimeFrameUnits.Days)]
    [InlineData(TimeFrame.MaxAmount + 1, TimeFrameUnits.Days)]
    [InlineData(3, "months")]
    public void Constructor_InvalidValue_Throws(int amount, string unit)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new TimeFrame(amount, unit));
    }

    [Theory]
    [InlineData(1, TimeFrameUnits.BusinessDays, "1 business day")]
    [InlineData(3, TimeFrameUnits.BusinessDays, "3 business days")]
    [InlineData(48, TimeFrameUnits.Hours, "48 hours")]
    [InlineData(1, TimeFrameUnits.Weeks, "1 week")]
    public void ToString_NamesAmountAndUnit(int amount, string unit, string expected)
    {
        Assert.Equal(expected, new TimeFrame(amount, unit).ToString());
    }

    [Fact]
    public void Ticket_SerializedRoundTrip_KeepsTimeFrame()
    {
        var ticket = new Ticket { Id = "HB-0000000000AA", PromisedTimeFrame = TimeFrame.BusinessDays(2), RepliedAt = s_wednesday };

        var json = JsonSerializer.Serialize(ticket, DomainJsonContext.Default.Ticket);
        var copy = JsonSerializer.Deserialize(json, DomainJsonContext.Default.Ticket)!;

        Assert.Contains("\"promisedTimeFrame\":{\"amount\":2,\"unit\":\"business-days\"}", json, StringComparison.Ordinal);
        Assert.Equal(TimeFrame.BusinessDays(2), copy.PromisedTimeFrame);
        Assert.Equal(s_wednesday, copy.RepliedAt);
    }
}
