using System.Globalization;
using HelpBot.Domain.Drafts;
using HelpBot.Domain.Reports;
using HelpBot.Domain.Systems;

namespace HelpBot.Domain.Tests.Reports;

/// <summary>
/// Weekdays with day parts and the abbreviations that are also English words, in the first message and at the
/// when question. Now is Tuesday 2026-09-01 19:00 in Denver (UTC-6).
/// </summary>
public sealed class WeekdayReadingTests
{
    // Each relative word before a past weekday, with the day it names.
    private static readonly (string Words, string Date)[] s_pastWeekdays =
    [
        ("Friday", "2026-08-28"),
        ("on Friday", "2026-08-28"),
        ("since Friday", "2026-08-28"),
        ("last Friday", "2026-08-28"),
        ("this Monday", "2026-08-31"),
        ("last Tuesday", "2026-08-25"),
        ("on Sat.", "2026-08-29"),
        ("last Sun", "2026-08-30"),
        ("Fri.", "2026-08-28"),
    ];

    // Each relative word before a weekday later than today.
    private static readonly (string Words, string Date)[] s_futureWeekdays =
    [
        ("next Monday", "2026-09-07"),
        ("next Tuesday", "2026-09-08"),
        ("this Friday", "2026-09-04"),
        ("next sat", "2026-09-05"),
        ("this Sun", "2026-09-06"),
    ];

    // Each day part with its default time, as 24-hour and as the estimate the bot shows.
    private static readonly (string Word, string Time, string Estimate)[] s_dayParts =
    [
        ("morning", "09:00", "9:00 AM"),
        ("afternoon", "15:00", "3:00 PM"),
        ("evening", "19:00", "7:00 PM"),
        ("night", "21:00", "9:00 PM"),
    ];

    public static TheoryData<string, string> PastWeekdayDayParts()
    {
        var data = new TheoryData<string, string>();
        foreach (var (words, date) in s_pastWeekdays)
        {
            foreach (var (word, time, _) in s_dayParts)
            {
                data.Add($"{words} {word}", $"{date} {time}");
            }
        }

        return data;
    }

    public static TheoryData<string, string> FutureWeekdayDayParts()
    {
        var data = new TheoryData<string, string>();
        foreach (var (words, date) in s_futureWeekdays)
        {
            foreach (var (word, _, estimate) in s_dayParts)
            {
                data.Add($"{words} {word}", $"{date}, about {estimate}");
            }
        }

        return data;
    }

    public static TheoryData<string> FutureWeekdayDayPartWords()
    {
        var data = new TheoryData<string>();
        foreach (var (words, _) in s_futureWeekdays)
        {
            foreach (var (word, _, _) in s_dayParts)
            {
                data.Add($"{words} {word}");
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(PastWeekdayDayParts))]
    public void Extract_PastWeekdayDayPart_ReadsDefaultTime(string words, string expected)
    {
        var report = Extract($"PEAK failed {words}").Report;

        Assert.Equal(expected, Local(report.When));
        Assert.False(report.WhenHasClockTime);
    }

    [Theory]
    [MemberData(nameof(PastWeekdayDayParts))]
    public void ValidateWhen_PastWeekdayDayPart_StoresEstimate(string words, string expected)
    {
        var result = Validate(ReportFields.When, words);

        Assert.True(result.IsValid, result.Message);
        Assert.Equal(expected, result.NormalizedValue);
    }

    // A first message names a later weekday for a plan, so neither the day nor its day part dates the problem.
    [Theory]
    [MemberData(nameof(FutureWeekdayDayPartWords))]
    public void Extract_FutureWeekdayDayPart_LeavesWhenEmpty(string words)
    {
        Assert.Null(Extract($"PEAK fails, the client comes back {words}").Report.When);
    }

    [Theory]
    [MemberData(nameof(FutureWeekdayDayParts))]
    public void ValidateWhen_FutureWeekdayDayPart_NamesEstimate(string words, string estimate)
    {
        var result = Validate(ReportFields.When, words);

        Assert.False(result.IsValid);
        Assert.Equal($"That is in the future ({estimate} in your time zone). Please give when the problem happened.", result.Message);
    }

    [Theory]
    [InlineData("PEAK failed this morning, the client comes back next Monday morning", "2026-09-01 09:00", false)]
    [InlineData("PEAK fails, the client comes this Friday at 6pm", null, false)]
    [InlineData("PEAK fails, the client comes next Mon at 9am, it failed at 3pm", "2026-09-01 15:00", true)]
    [InlineData("The client comes this Friday evening at 6, PEAK failed last night", "2026-08-31 21:00", false)]
    public void Extract_FutureWeekdayWithTime_DropsBoth(string message, string? expected, bool hasClockTime)
    {
        var report = Extract(message).Report;

        Assert.Equal(expected, Local(report.When));
        Assert.Equal(hasClockTime, report.WhenHasClockTime);
    }

    [Theory]
    [InlineData("PEAK failed last Tuesday afternoon", "2026-08-25 around 3:00 PM (America/Denver, exact time not given)")]
    [InlineData("PEAK failed this Monday morning", "2026-08-31 around 9:00 AM (America/Denver, exact time not given)")]
    [InlineData("PEAK failed on Sat night", "2026-08-29 around 9:00 PM (America/Denver, exact time not given)")]
    public void DraftWhen_WeekdayDayPart_GivesEstimate(string message, string expected)
    {
        Assert.Equal(expected, ReportFormatting.When(Extract(message).Report));
    }

    [Fact]
    public void ValidateWhen_ConnectForHealthDayPart_AsksTime()
    {
        var result = FieldRules.Validate(ReportFields.When, "last Tuesday afternoon", TestContent.CreateContext(), SupportSystems.ConnectForHealth);

        Assert.False(result.IsValid);
        Assert.Contains("time as well as the date", result.Message, StringComparison.Ordinal);
    }

    // "Wed", "Sat" and "Sun" name a weekday where the text around them makes that clear.
    [Theory]
    [InlineData("PEAK failed last Sat.", "2026-08-29 00:00", false)]
    [InlineData("PEAK failed last sat, and again today", "2026-08-29 00:00", false)]
    [InlineData("PEAK failed since wed and still fails", "2026-08-26 00:00", false)]
    [InlineData("PEAK failed Sun 3pm", "2026-08-30 15:00", true)]
    [InlineData("PEAK failed Sun, 3:15 pm", "2026-08-30 15:15", true)]
    [InlineData("PEAK failed last Sat at 3pm", "2026-08-29 15:00", true)]
    [InlineData("PEAK failed sat morning", "2026-08-29 09:00", false)]
    public void Extract_AbbreviationInWeekdayContext_ReadsWeekday(string message, string expected, bool hasClockTime)
    {
        var report = Extract(message).Report;

        Assert.Equal(expected, Local(report.When));
        Assert.Equal(hasClockTime, report.WhenHasClockTime);
    }

    // The same words as English: the verb "sat", the noun "sun", and a clock time that belongs to the sentence.
    [Theory]
    [InlineData("The client last sat with us and PEAK showed an error", null, false)]
    [InlineData("On sun-bleached screens PEAK is hard to read", null, false)]
    [InlineData("I sat at 3pm with the client and PEAK froze", "2026-09-01 15:00", true)]
    [InlineData("The client last sat down, then PEAK froze on Monday", "2026-08-31 00:00", false)]
    public void Extract_AbbreviationAsEnglishWord_ReadsNoWeekday(string message, string? expected, bool hasClockTime)
    {
        var report = Extract(message).Report;

        Assert.Equal(expected, Local(report.When));
        Assert.Equal(hasClockTime, report.WhenHasClockTime);
    }

    [Theory]
    [InlineData("this sun", "2026-09-06")]
    [InlineData("next sat", "2026-09-05")]
    [InlineData("next Wed.", "2026-09-02")]
    public void ValidateWhen_AbbreviationAfterThisOrNext_ReadAsFutureWeekday(string value, string date)
    {
        var result = Validate(ReportFields.When, value);

        Assert.False(result.IsValid);
        Assert.Equal($"That is in the future ({date} in your time zone). Please give when the problem happened.", result.Message);
    }

    [Theory]
    [InlineData("we next sat down with the client")]
    [InlineData("in this sun.")]
    [InlineData("this sun is too bright")]
    public void ValidateWhen_AbbreviationAsEnglishWord_FindsNoDate(string value)
    {
        var result = Validate(ReportFields.When, value);

        Assert.False(result.IsValid);
        Assert.StartsWith("I could not read a date in that.", result.Message, StringComparison.Ordinal);
    }

    private static ExtractionResult Extract(string message) => ReportExtractor.Extract(message, null, TestContent.CreateContext());

    private static FieldValidation Validate(string field, string value) => FieldRules.Validate(field, value, TestContent.CreateContext());

    private static string? Local(DateTimeOffset? when) =>
        when is { } value
            ? TimeZoneInfo.ConvertTime(value, TimeZoneInfo.FindSystemTimeZoneById("America/Denver")).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)
            : null;
}
