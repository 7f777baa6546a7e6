using System.Globalization;
using HelpBot.Dialogs.Engine.Prompts;
using HelpBot.Domain.Content;
using HelpBot.Domain.Reports;
using Microsoft.Extensions.Time.Testing;

namespace HelpBot.Dialogs.Tests.Engine;

/// <summary>Now is Monday, August 24, 2026, 10:30 AM in Denver (MDT, UTC-6).</summary>
public class DateTimeTextParserTests
{
    private static readonly DateTimeOffset Now = new(2026, 8, 24, 16, 30, 0, TimeSpan.Zero);
    private static readonly TimeZoneInfo Denver = TimeZoneInfo.FindSystemTimeZoneById("America/Denver");

    [Theory]
    [InlineData("2026-08-22", "2026-08-22T00:00:00-06:00", false)]
    [InlineData("2026-08-22T15:15", "2026-08-22T15:15:00-06:00", true)]
    [InlineData("2026-08-22 15:15", "2026-08-22T15:15:00-06:00", true)]
    [InlineData("2026-08-22T21:15:00Z", "2026-08-22T15:15:00-06:00", true)]
    [InlineData("2026-08-22T15:15:00-04:00", "2026-08-22T13:15:00-06:00", true)]
    [InlineData("8/22", "2026-08-22T00:00:00-06:00", false)]
    [InlineData("8-22-26", "2026-08-22T00:00:00-06:00", false)]
    [InlineData("08/22/2026 3:15 pm", "2026-08-22T15:15:00-06:00", true)]
    [InlineData("08/22/2026, 3:15 p.m.", "2026-08-22T15:15:00-06:00", true)]
    [InlineData("8/22 at 15:15", "2026-08-22T15:15:00-06:00", true)]
    [InlineData("today 7:15am", "2026-08-24T07:15:00-06:00", true)]
    [InlineData("Today at 7:15 AM", "2026-08-24T07:15:00-06:00", true)]
    [InlineData("yesterday at 2pm", "2026-08-23T14:00:00-06:00", true)]
    [InlineData("2pm yesterday", "2026-08-23T14:00:00-06:00", true)]
    [InlineData("yesterday", "2026-08-23T00:00:00-06:00", false)]
    [InlineData("this morning", "2026-08-24T09:00:00-06:00", true)]
    [InlineData("this morning at 8", "2026-08-24T08:00:00-06:00", true)]
    [InlineData("yesterday afternoon", "2026-08-23T15:00:00-06:00", true)]
    [InlineData("last night", "2026-08-23T21:00:00-06:00", true)]
    [InlineData("last night at 11", "2026-08-23T23:00:00-06:00", true)]
    [InlineData("yesterday evening at 7", "2026-08-23T19:00:00-06:00", true)]
    [InlineData("3pm", "2026-08-24T15:00:00-06:00", true)]
    [InlineData("9:05", "2026-08-24T09:05:00-06:00", true)]
    [InlineData("noon", "2026-08-24T12:00:00-06:00", true)]
    [InlineData("now", "2026-08-24T10:30:00-06:00", true)]
    [InlineData("Aug 22", "2026-08-22T00:00:00-06:00", false)]
    [InlineData("August 22nd 2026 at 3:15pm", "2026-08-22T15:15:00-06:00", true)]
    [InlineData("22 August", "2026-08-22T00:00:00-06:00", false)]
    [InlineData("saturday", "2026-08-22T00:00:00-06:00", false)]
    [InlineData("last thursday 4pm", "2026-08-20T16:00:00-06:00", true)]
    [InlineData("monday", "2026-08-24T00:00:00-06:00", false)]
    [InlineData("Monday", "2026-08-24T00:00:00-06:00", false)]
    [InlineData("since Monday", "2026-08-24T00:00:00-06:00", false)]
    [InlineData("since saturday", "2026-08-22T00:00:00-06:00", false)]
    [InlineData("last monday", "2026-08-17T00:00:00-06:00", false)]
    [InlineData("1/15/2026 9am", "2026-01-15T09:00:00-07:00", true)]
    [InlineData("3/8/2026 2:30am", "2026-03-08T03:30:00-06:00", true)]
    public void Parse_DenverInput_ReturnsMoment(string text, string expected, bool hasTime)
    {
        var result = DateTimeTextParser.Parse(text, Now, Denver);

        Assert.NotNull(result);
        Assert.Equal(DateTimeOffset.Parse(expected, CultureInfo.InvariantCulture), result.Value);
        Assert.Equal(TimeSpan.Parse(expected[^5..].TrimStart('+').Replace("-", "", StringComparison.Ordinal), CultureInfo.InvariantCulture).Negate(), result.Value.Offset);
        Assert.Equal(hasTime, result.HasTime);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("banana")]
    [InlineData("8/32")]
    [InlineData("13/40")]
    [InlineData("2/30/2026")]
    [InlineData("25:00")]
    [InlineData("13pm")]
    [InlineData("8/22 and some words")]
    [InlineData("smarch 3")]
    public void Parse_NotADate_ReturnsNull(string text)
    {
        Assert.Null(DateTimeTextParser.Parse(text, Now, Denver));
    }

    [Fact]
    public void Parse_AssumePast_UsesLastYear()
    {
        var result = DateTimeTextParser.Parse("12/30", Now, Denver, assumePast: true);

        Assert.Equal(new DateTimeOffset(2025, 12, 30, 0, 0, 0, TimeSpan.FromHours(-7)), result!.Value);
    }

    [Fact]
    public void Parse_YearlessFutureDate_UsesThisYear()
    {
        var result = DateTimeTextParser.Parse("12/30", Now, Denver);

        Assert.Equal(2026, result!.Value.Year);
    }

    // The report extractor reads day parts in a first message with the same DayPeriod as this parser.
    [Theory]
    [InlineData("this morning")]
    [InlineData("this morning at 8")]
    [InlineData("last night")]
    [InlineData("last night at 11")]
    [InlineData("yesterday afternoon")]
    [InlineData("yesterday evening at 7")]
    public void Parse_DayPart_AgreesWithReportExtractor(string text)
    {
        var context = new ExtractionContext(DeskAidContentLoader.Load(DeskAidContentLoader.DefaultPath), new FakeTimeProvider(Now), Denver);

        var parsed = DateTimeTextParser.Parse(text, Now, Denver);
        var extracted = ReportExtractor.Extract($"PEAK shows an error since {text}", null, context).Report.When;

        Assert.Equal(parsed!.Value, extracted);
    }
}
