using HelpBot.Domain.Reports;
using HelpBot.Domain.Systems;

namespace HelpBot.Domain.Tests.Reports;

public sealed class FieldRulesTests
{
    [Theory]
    [InlineData("1B00000", "1B00000")]
    [InlineData("1b00000", "1B00000")]
    [InlineData(" 1B 000-00 ", "1B00000")]
    [InlineData("tracking 12345", "Tracking number 12345")]
    [InlineData("Authorization number: A-5501", "Authorization number A-5501")]
    public void Validate_CaseNumber_AcceptsAndNormalizes(string value, string expected)
    {
        var result = Validate(ReportFields.CaseNumber, value);

        Assert.True(result.IsValid);
        Assert.Equal(expected, result.NormalizedValue);
    }

    [Theory]
    [InlineData("00000")]
    [InlineData("2B00000")]
    [InlineData("1B")]
    [InlineData("case 1B00000 and more")]
    public void Validate_CaseNumberWithout1B_RejectsAndOffersTrackingNumber(string value)
    {
        var result = Validate(ReportFields.CaseNumber, value);

        Assert.False(result.IsValid);
        Assert.Contains("starts with 1B", result.Message, StringComparison.Ordinal);
        Assert.Contains("tracking or authorization number", result.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Spring!2026")]
    [InlineData("P@ssw0rd#")]
    [InlineData("password: hunter2")]
    [InlineData("dana.testperson pw Secret1")]
    public void Validate_UsernameLikePassword_Rejects(string value)
    {
        var result = Validate(ReportFields.Username, value);

        Assert.False(result.IsValid);
        Assert.Contains("password", result.Message, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("dana.testperson")]
    [InlineData("DTestperson01")]
    [InlineData("dana_test-person")]
    public void Validate_PlainUsername_AcceptsWithoutWarning(string value)
    {
        var result = Validate(ReportFields.Username, value);

        Assert.True(result.IsValid);
        Assert.Null(result.Message);
    }

    [Fact]
    public void Validate_EmailUsername_AcceptsWithPersonalDataWarning()
    {
        var result = Validate(ReportFields.Username, "dana@example.org");

        Assert.True(result.IsValid);
        Assert.Contains("personal information", result.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_UsernameWithSpaces_Rejects()
    {
        var result = Validate(ReportFields.Username, "dana testperson");

        Assert.False(result.IsValid);
    }

    [Theory]
    [InlineData("12/25/2026")]
    [InlineData("2026-09-02")]
    [InlineData("today 11pm")]
    [InlineData("2026-09-01T19:30")]
    public void Validate_FutureWhen_Rejects(string value)
    {
        var result = Validate(ReportFields.When, value);

        Assert.False(result.IsValid);
        Assert.Contains("future", result.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("8/22 at 2:15 pm", "2026-08-22T14:15:00-06:00")]
    [InlineData("yesterday", "2026-08-31")]
    [InlineData("today 9am", "2026-09-01T09:00:00-06:00")]
    [InlineData("2026-08-22", "2026-08-22")]
    [InlineData("2026-01-15T08:30", "2026-01-15T08:30:00-07:00")]
    [InlineData("this morning", "2026-09-01 09:00")]
    [InlineData("last night", "2026-08-31 21:00")]
    [InlineData("this morning at 8", "2026-09-01T08:00:00-06:00")]
    [InlineData("this afternoon at 2:30", "2026-09-01T14:30:00-06:00")]
    [InlineData("yesterday evening at 7", "2026-08-31T19:00:00-06:00")]
    [InlineData("tonight at 6", "2026-09-01T18:00:00-06:00")]
    [InlineData("Monday", "2026-08-31")]
    [InlineData("since Monday", "2026-08-31")]
    [InlineData("on Monday", "2026-08-31")]
    [InlineData("friday", "2026-08-28")]
    [InlineData("Tuesday", "2026-09-01")]
    [InlineData("last Tuesday", "2026-08-25")]
    [InlineData("Monday at 3pm", "2026-08-31T15:00:00-06:00")]
    [InlineData("Mon", "2026-08-31")]
    [InlineData("since Mon.", "2026-08-31")]
    [InlineData("Sat", "2026-08-29")]
    [InlineData("sat.", "2026-08-29")]
    [InlineData("on Wed", "2026-08-26")]
    [InlineData("last Tue", "2026-08-25")]
    [InlineData("Fri at 3pm", "2026-08-28T15:00:00-06:00")]
    public void Validate_PastWhen_NormalizesInUserZone(string value, string expected)
    {
        var result = Validate(ReportFields.When, value);

        Assert.True(result.IsValid);
        Assert.Equal(expected, result.NormalizedValue);
    }

    [Theory]
    [InlineData("tomorrow 3pm")]
    [InlineData("Tomorrow morning")]
    public void Validate_WhenTomorrow_RejectedAsFuture(string value)
    {
        var result = Validate(ReportFields.When, value);

        Assert.False(result.IsValid);
        Assert.Equal("That is in the future (tomorrow). Please give when the problem happened.", result.Message);
    }

    // Now is Tuesday 2026-09-01 19:00 in Denver. "this" is the current week, which starts on Monday.
    [Theory]
    [InlineData("last Monday", "2026-08-31")]
    [InlineData("on Monday", "2026-08-31")]
    [InlineData("Monday", "2026-08-31")]
    [InlineData("this Monday", "2026-08-31")]
    [InlineData("this Tuesday", "2026-09-01")]
    [InlineData("last Tuesday", "2026-08-25")]
    [InlineData("this Monday morning", "2026-08-31 09:00")]
    public void Validate_RelativeWeekday_ReadsPastDate(string value, string expected)
    {
        var result = Validate(ReportFields.When, value);

        Assert.True(result.IsValid, result.Message);
        Assert.Equal(expected, result.NormalizedValue);
    }

    [Theory]
    [InlineData("next Monday", "2026-09-07")]
    [InlineData("next Tuesday", "2026-09-08")]
    [InlineData("next Fri", "2026-09-04")]
    [InlineData("this Friday", "2026-09-04")]
    [InlineData("this Sunday", "2026-09-06")]
    public void Validate_FutureWeekday_RejectedAsFuture(string value, string date)
    {
        var result = Validate(ReportFields.When, value);

        Assert.False(result.IsValid);
        Assert.Equal($"That is in the future ({date} in your time zone). Please give when the problem happened.", result.Message);
    }

    [Fact]
    public void Validate_NextWeekdayAtBrowserQuestion_RejectedAsDate()
    {
        var result = Validate(ReportFields.Browser, "next Monday");

        Assert.False(result.IsValid);
        Assert.StartsWith("That looks like a date or time", result.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Windows 11")]
    [InlineData("windows")]
    [InlineData("win 10")]
    [InlineData("mac")]
    [InlineData("macOS Sonoma 14.5")]
    [InlineData("Mac OS X")]
    [InlineData("Chromebook")]
    [InlineData("chrome os")]
    [InlineData("ubuntu 24.04")]
    [InlineData("iOS 17")]
    [InlineData("ios")]
    [InlineData("iPadOS")]
    [InlineData("android 14")]
    [InlineData("her iPhone")]
    [InlineData("Safari on a Mac")]
    [InlineData("don't know")]
    [InlineData("not sure")]
    public void Validate_OsWithKnownName_Accepted(string value)
    {
        var result = Validate(ReportFields.Os, value);

        Assert.True(result.IsValid, result.Message);
        Assert.Equal(value, result.NormalizedValue);
    }

    [Theory]
    [InlineData("Chrome 126")]
    [InlineData("chrome")]
    [InlineData("edge")]
    [InlineData("Microsoft Edge 126")]
    [InlineData("firefox")]
    [InlineData("ie 11")]
    [InlineData("opera")]
    [InlineData("Samsung Internet 25")]
    [InlineData("brave")]
    [InlineData("Safari on a Mac")]
    [InlineData("in the MyCOBenefits app")]
    [InlineData("don't know")]
    public void Validate_BrowserWithKnownName_Accepted(string value)
    {
        var result = Validate(ReportFields.Browser, value);

        Assert.True(result.IsValid, result.Message);
        Assert.Equal(value, result.NormalizedValue);
    }

    [Theory]
    [InlineData(ReportFields.Os, "banana", "Windows, Mac, ChromeOS, Linux, iOS, iPadOS and Android")]
    [InlineData(ReportFields.Os, "Plan 9", "Windows, Mac")]
    [InlineData(ReportFields.Browser, "banana", "Chrome, Edge, Firefox, Safari, Internet Explorer, Opera")]
    [InlineData(ReportFields.Browser, "Pale Moon 33", "Chrome, Edge")]
    public void Validate_EnvironmentWithoutKnownName_AcceptedWhenRepeated(string field, string value, string examples)
    {
        var result = Validate(field, value);

        Assert.False(result.IsValid);
        Assert.True(result.AcceptedWhenRepeated);
        Assert.Contains(examples, result.Message, StringComparison.Ordinal);
        Assert.Contains("type it again and I'll keep it as you wrote it", result.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(ReportFields.Os, "chrome", "Chrome is a browser")]
    [InlineData(ReportFields.Os, "edge", "Edge is a browser")]
    [InlineData(ReportFields.Browser, "mac", "Mac is an operating system")]
    [InlineData(ReportFields.Browser, "Windows 11", "Windows 11 is an operating system")]
    public void Validate_EnvironmentOfOtherKind_NotAcceptedWhenRepeated(string field, string value, string message)
    {
        var result = Validate(field, value);

        Assert.False(result.IsValid);
        Assert.False(result.AcceptedWhenRepeated);
        Assert.StartsWith(message, result.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_FutureDateWithoutTime_ShowsDateOnly()
    {
        var result = Validate(ReportFields.When, "Dec 25");

        Assert.False(result.IsValid);
        Assert.Matches(@"^That is in the future \(\d{4}-12-25 in your time zone\)\.", result.Message);
    }

    [Fact]
    public void Validate_UnreadServiceCenterWhen_TimedExamples()
    {
        var result = FieldRules.Validate(ReportFields.When, "whenever", TestContent.CreateContext(), SupportSystems.ConnectForHealth);

        Assert.Equal("I could not read a date in that. Please give a date and time, such as \"8/22 at 2:15 pm\" or \"today 9am\".", result.Message);
        Assert.Contains("\"yesterday\"", Validate(ReportFields.When, "whenever").Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Store_SameScreenshotTwice_NamedOnce()
    {
        var report = new IssueReport();

        ReportAnswers.Store(report, ReportFields.Screenshot, "error1.png\nerror1.png\nupload.png", TimeZoneInfo.Utc);

        Assert.Equal(["error1.png", "upload.png"], report.Screenshots);
    }

    [Fact]
    public void ValidateCallTime_Tomorrow_AsksWhenCalled()
    {
        var result = FieldRules.ValidateCallTime("tomorrow 9am", TestContent.CreateContext());

        Assert.Equal("That is in the future (tomorrow). Please give when you called.", result.Message);
    }

    [Theory]
    [InlineData(ReportFields.Os, "yesterday 5pm", false)]
    [InlineData(ReportFields.Device, "yesterday around 2pm", false)]
    [InlineData(ReportFields.Browser, "this morning", false)]
    [InlineData(ReportFields.Os, "Windows 11", true)]
    [InlineData(ReportFields.Os, "iOS 17", true)]
    [InlineData(ReportFields.Device, "Android 14 phone", true)]
    [InlineData(ReportFields.Browser, "Chrome 126", true)]
    public void Validate_EnvironmentAnswer_RejectsDateOrTime(string field, string value, bool valid)
    {
        var result = Validate(field, value);

        Assert.Equal(valid, result.IsValid);
        if (!valid)
        {
            Assert.StartsWith("That looks like a date or time, not ", result.Message, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData(ReportFields.Page, "today 2:10 pm", false)]
    [InlineData(ReportFields.Page, "8/22 at 7:15am", false)]
    [InlineData(ReportFields.Impact, "yesterday", false)]
    [InlineData(ReportFields.StepsTried, "this morning around 9am", false)]
    [InlineData(ReportFields.Page, "Document upload, Step 2", true)]
    [InlineData(ReportFields.Page, "Income page, 2 jobs", true)]
    [InlineData(ReportFields.Impact, "Renewal due 8/31 and the client can't submit", true)]
    [InlineData(ReportFields.StepsTried, "cleared the cache at 9am", true)]
    public void Validate_TextAnswer_RejectsDateOrTimeAlone(string field, string value, bool valid)
    {
        var result = Validate(field, value);

        Assert.Equal(valid, result.IsValid);
        if (!valid)
        {
            Assert.StartsWith("That looks like a date or time", result.Message, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("connectforhealthco.com", false)]
    [InlineData("https://peak.my.site.com/peak/s/income", false)]
    [InlineData("The client may lose coverage on connectforhealthco.com plans", true)]
    [InlineData("www.connectforhealthco.com", false)]
    [InlineData("banana", true)]
    [InlineData("urgent", true)]
    [InlineData("deadline!", true)]
    [InlineData("coverage-gap", true)]
    public void Validate_Impact_RejectsBareAddress(string value, bool valid)
    {
        Assert.Equal(valid, Validate(ReportFields.Impact, value).IsValid);
    }

    [Fact]
    public void Validate_WhenInOtherZone_ReadsInThatZone()
    {
        var context = new ExtractionContext(TestContent.Content,
            new Microsoft.Extensions.Time.Testing.FakeTimeProvider(TestContent.Now), TimeZoneInfo.FindSystemTimeZoneById("America/New_York"));

        var result = FieldRules.Validate(ReportFields.When, "8/22 at 2:15 pm", context);

        Assert.Equal("2026-08-22T14:15:00-04:00", result.NormalizedValue);
    }

    [Fact]
    public void Validate_DateOnlyForConnectForHealth_AsksForTime()
    {
        var result = FieldRules.Validate(ReportFields.When, "yesterday", TestContent.CreateContext(), SupportSystems.ConnectForHealth);

        Assert.False(result.IsValid);
        Assert.Contains("time as well as the date", result.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("yesterday at 25:99", "25:99")]
    [InlineData("8/22 at 9:75 am", "9:75")]
    [InlineData("today 24:00", "24:00")]
    public void Validate_ImpossibleClockTime_RejectsNamingIt(string value, string time)
    {
        var result = Validate(ReportFields.When, value);

        Assert.False(result.IsValid);
        Assert.StartsWith($"{time} is not a time of day.", result.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("yesterday at 23:59")]
    [InlineData("8/22 at 0:05")]
    public void Validate_PossibleClockTime_Accepted(string value)
    {
        Assert.True(Validate(ReportFields.When, value).IsValid);
    }

    [Theory]
    [InlineData("soon")]
    [InlineData("no idea")]
    public void Validate_UnreadableWhen_Rejects(string value)
    {
        Assert.False(Validate(ReportFields.When, value).IsValid);
    }

    [Theory]
    [InlineData("broken")]
    [InlineData("PEAK error")]
    [InlineData("There was an error but I didn't write it down")]
    public void Validate_DescriptionWithoutDetail_Rejects(string value)
    {
        Assert.False(Validate(ReportFields.Description, value).IsValid);
    }

    [Fact]
    public void Validate_DetailedDescription_Accepts()
    {
        var result = Validate(ReportFields.Description, "Clicking Submit on the Income page shows 'Unexpected error 500'.");

        Assert.True(result.IsValid);
    }

    [Fact]
    public void Validate_PageAsAddressOnly_AsksForSection()
    {
        var result = Validate(ReportFields.Page, "https://peak.my.site.com/peak/s/benefit-information");

        Assert.False(result.IsValid);
        Assert.Contains("section", result.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData(null)]
    public void Validate_EmptyAnswer_Rejects(string? value)
    {
        Assert.False(Validate(ReportFields.Impact, value).IsValid);
    }

    [Fact]
    public void Validate_TooLongAnswer_Rejects()
    {
        Assert.False(Validate(ReportFields.Impact, new string('a', FieldRules.MaxAnswerLength + 1)).IsValid);
    }

    [Fact]
    public void Validate_UnknownField_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Validate("favoriteColor", "blue"));
    }

    [Fact]
    public void Apply_InvalidAnswer_KeepsEarlierValue()
    {
        var report = new IssueReport { System = SupportSystems.Peak, CaseNumber = "1B00000" };

        ReportAnswers.Apply(report, ReportFields.CaseNumber, "12345", TestContent.CreateContext());

        Assert.Equal("1B00000", report.CaseNumber);
    }

    [Fact]
    public void Apply_TrackingNumber_StoresTrackingAndSatisfiesCaseNumber()
    {
        var report = new IssueReport { System = SupportSystems.Peak };

        ReportAnswers.Apply(report, ReportFields.CaseNumber, "tracking 12345", TestContent.CreateContext());

        Assert.Equal("Tracking number 12345", report.TrackingNumber);
        Assert.True(ReportRules.IsSatisfied(report, ReportFields.CaseNumber));
    }

    [Fact]
    public void Apply_Description_ClearsDescriptionGap()
    {
        var report = new IssueReport { System = SupportSystems.Peak, Description = "errors", DescriptionGap = DescriptionGaps.TooThin };

        ReportAnswers.Apply(report, ReportFields.Description, "Submit on the Income page shows 'Unexpected error'", TestContent.CreateContext());

        Assert.True(ReportRules.IsSatisfied(report, ReportFields.Description));
    }

    [Fact]
    public void Apply_ClockTime_SatisfiesConnectForHealthWhen()
    {
        var report = new IssueReport { System = SupportSystems.ConnectForHealth };

        ReportAnswers.Apply(report, ReportFields.When, "today 9am", TestContent.CreateContext());

        Assert.True(ReportRules.IsSatisfied(report, ReportFields.When));
    }

    [Theory]
    [InlineData("none")]
    [InlineData("None.")]
    [InlineData("no case number yet, it's a new application")]
    [InlineData("not yet")]
    [InlineData("n/a")]
    [InlineData("we don't have one")]
    [InlineData("new application, not submitted yet")]
    [InlineData("we don't have a case number yet")]
    [InlineData("no CBMS case number")]
    [InlineData("the client doesn't have a case number")]
    public void Validate_NoCaseNumberYet_AcceptsAsNone(string value)
    {
        var result = Validate(ReportFields.CaseNumber, value);

        Assert.True(result.IsValid);
        Assert.Equal(ReportAnswers.NoCaseNumber, result.NormalizedValue);
    }

    [Theory]
    [InlineData("none")]
    [InlineData("No screenshots")]
    [InlineData("we don't have a screenshot")]
    [InlineData("couldn't take a screenshot, sorry")]
    public void Validate_NoScreenshot_AcceptsAsNone(string value)
    {
        var result = Validate(ReportFields.Screenshot, value);

        Assert.True(result.IsValid);
        Assert.Equal(ReportAnswers.NoScreenshot, result.NormalizedValue);
    }

    [Theory]
    [InlineData("upload-error.png")]
    [InlineData("income page.PNG\nnotice.pdf")]
    [InlineData("letter [NAME] [PHONE].png")]
    [InlineData("Screenshot 2")]
    public void Validate_ScreenshotFileNames_Accepted(string value)
    {
        var result = Validate(ReportFields.Screenshot, value);

        Assert.True(result.IsValid);
        Assert.Equal(value, result.NormalizedValue);
    }

    [Theory]
    [InlineData(ReportFields.Impact, "😭😭😭")]
    [InlineData(ReportFields.StepsTried, "💻")]
    [InlineData(ReportFields.Os, "💻")]
    [InlineData(ReportFields.Browser, "🙂")]
    [InlineData(ReportFields.Page, "?!")]
    public void Validate_NoLettersOrDigits_Rejected(string field, string value)
    {
        var result = Validate(field, value);

        Assert.False(result.IsValid);
        Assert.Equal("That answer has no letters or digits. Please type it in words.", result.Message);
    }

    [Theory]
    [InlineData("2/30 at 9am", "2/30 is not a date on the calendar.")]
    [InlineData("13/45", "13/45 is not a date on the calendar.")]
    [InlineData("2026-02-30 25:61", "2026-02-30 is not a date on the calendar. Please give a date such as \"8/22\" or \"2026-08-22\". 25:61 is not a time of day.")]
    public void Validate_ImpossibleDate_Named(string value, string message)
    {
        var result = Validate(ReportFields.When, value);

        Assert.False(result.IsValid);
        Assert.StartsWith(message, result.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("I'll email it separately")]
    [InlineData("Can't submit the renewal.")]
    [InlineData("error.png\nI will send the other one later")]
    public void Validate_ScreenshotSentence_Rejected(string value)
    {
        var result = Validate(ReportFields.Screenshot, value);

        Assert.False(result.IsValid);
        Assert.StartsWith("That doesn't look like a file name.", result.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("don't know")]
    [InlineData("I don't remember it")]
    [InlineData("not sure")]
    [InlineData("no idea")]
    [InlineData("Not sure, the client has it")]
    public void Validate_CaseNumberNotKnown_AcceptedAsNotKnown(string value)
    {
        var result = Validate(ReportFields.CaseNumber, value);

        Assert.True(result.IsValid);
        Assert.Equal(ReportAnswers.CaseNumberNotKnown, result.NormalizedValue);
    }

    [Theory]
    [InlineData("nah, not at hand right now")]
    [InlineData("nothing I can find")]
    [InlineData("notice says 1B")]
    public void Validate_NoWordPrefix_NotNoCaseNumber(string value)
    {
        Assert.NotEqual(ReportAnswers.NoCaseNumber, Validate(ReportFields.CaseNumber, value).NormalizedValue);
    }

    [Theory]
    [InlineData(ReportFields.Browser, "Mac", "Mac is an operating system, not a browser.")]
    [InlineData(ReportFields.Browser, "Windows PC", "Windows is an operating system, not a browser.")]
    [InlineData(ReportFields.Os, "Chrome", "Chrome is a browser, not an operating system.")]
    public void Validate_BrowserOsSwapped_Rejected(string field, string value, string message)
    {
        var result = Validate(field, value);

        Assert.False(result.IsValid);
        Assert.StartsWith(message, result.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(ReportFields.Description, "short", FieldFault.Incomplete)]
    [InlineData(ReportFields.When, "2/30 at 9am", FieldFault.Invalid)]
    [InlineData(ReportFields.Impact, "😭😭😭", FieldFault.Invalid)]
    [InlineData(ReportFields.Os, "Banana OS", FieldFault.Invalid)]
    [InlineData(ReportFields.Impact, "The client could not submit", FieldFault.None)]
    public void Validate_Answer_NamesFault(string field, string value, FieldFault fault)
    {
        Assert.Equal(fault, Validate(field, value).Fault);
    }

    [Fact]
    public void Validate_TooLong_FaultTooLong()
    {
        var result = Validate(ReportFields.Description, "Submit shows 'Unexpected error'. " + new string('x', FieldRules.MaxAnswerLength));

        Assert.False(result.IsValid);
        Assert.Equal(FieldFault.TooLong, result.Fault);
    }

    [Fact]
    public void Validate_ConnectDateWithoutTime_FaultIncomplete()
    {
        var result = FieldRules.Validate(ReportFields.When, "yesterday", TestContent.CreateContext(), SupportSystems.ConnectForHealth);

        Assert.Equal(FieldFault.Incomplete, result.Fault);
    }

    [Theory]
    [InlineData(ReportFields.Browser, "Safari on a Mac")]
    [InlineData(ReportFields.Browser, "don't know")]
    [InlineData(ReportFields.Os, "Windows, in Chrome")]
    [InlineData(ReportFields.Os, "ChromeOS")]
    public void Validate_BrowserOsNamed_Accepted(string field, string value)
    {
        Assert.True(Validate(field, value).IsValid);
    }

    [Fact]
    public void Validate_CaseNumberNotUnderstood_ExplainsEveryOption()
    {
        var result = Validate(ReportFields.CaseNumber, "skip");

        Assert.False(result.IsValid);
        Assert.Equal(
            "I could not read a case number in that. A CBMS case number starts with 1B, such as 1B00000. If the application has not been submitted yet, " +
            "type \"tracking\" and the tracking or authorization number, for example \"tracking 12345\". If there is no number at all yet, type \"none\"; " +
            "if there is one but you don't have it, type \"don't know\".",
            result.Message);
    }

    [Theory]
    [InlineData("1B00000")]
    [InlineData("my user name is 1B00000")]
    [InlineData("I think it is 1b00000")]
    [InlineData("1B 000-00")]
    [InlineData("the case is 1B 000-00")]
    [InlineData("my login is 1b-00000, I think")]
    public void Validate_UsernameCaseNumber_RejectsAsCaseNumber(string value)
    {
        var result = Validate(ReportFields.Username, value);

        Assert.False(result.IsValid);
        Assert.StartsWith("That looks like a CBMS case number", result.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("my PEAK user name is testuser55", "testuser55")]
    [InlineData("username: dtestperson", "dtestperson")]
    [InlineData("testuser55", "testuser55")]
    public void Validate_UsernameSentence_ReadsUserName(string value, string expected)
    {
        var result = Validate(ReportFields.Username, value);

        Assert.True(result.IsValid);
        Assert.Equal(expected, result.NormalizedValue);
    }

    [Fact]
    public void Validate_DescriptionWithoutErrorText_AcceptsWhatWasDoneAndWhatHappened()
    {
        const string Description =
            "Creating an account for a new client, then logging in. After Create Account we got an error page, and logging in showed a different error. " +
            "We did not write the error text down.";

        var result = FieldRules.Validate(ReportFields.Description, Description, TestContent.CreateContext(), SupportSystems.ConnectForHealth);

        Assert.True(result.IsValid, result.Message);
    }

    [Theory]
    [InlineData(SupportSystems.Peak, "The help desk needs some detail about the error.")]
    [InlineData(SupportSystems.ConnectForHealth, "The Service Center needs some detail about the error.")]
    public void Validate_DescriptionNoErrorDetail_NamesSystemContact(string system, string expectedStart)
    {
        var result = FieldRules.Validate(ReportFields.Description, "Got an error, didn't write it down", TestContent.CreateContext(), system);

        Assert.False(result.IsValid);
        Assert.StartsWith(expectedStart, result.Message, StringComparison.Ordinal);
    }

    private static FieldValidation Validate(string field, string? value) => FieldRules.Validate(field, value, TestContent.CreateContext());
}
