using HelpBot.Domain.Reports;
using HelpBot.Domain.Systems;

namespace HelpBot.Domain.Tests.Reports;

/// <summary>Single readings of the extractor, beyond the shared report cases.</summary>
public sealed class ReportExtractorTests
{
    [Theory]
    [InlineData("PEAK failed on 8/22 at 3:10 pm", "2026-08-22T15:10:00-06:00", true)]
    [InlineData("PEAK failed on 09/27/2011", "2011-09-27T00:00:00-06:00", false)]
    [InlineData("PEAK failed yesterday", "2026-08-31T00:00:00-06:00", false)]
    [InlineData("PEAK failed at 7:15am", "2026-09-01T07:15:00-06:00", true)]
    [InlineData("PEAK failed on Aug 22, 2026", "2026-08-22T00:00:00-06:00", false)]
    [InlineData("PEAK failed on 10/02", "2025-10-02T00:00:00-06:00", false)]
    [InlineData("PEAK failed last Friday", "2026-08-28T00:00:00-06:00", false)]
    [InlineData("PEAK has failed since Monday", "2026-08-31T00:00:00-06:00", false)]
    [InlineData("PEAK failed Monday", "2026-08-31T00:00:00-06:00", false)]
    [InlineData("PEAK has shown an error since Tuesday", "2026-09-01T00:00:00-06:00", false)]
    [InlineData("PEAK failed last Monday", "2026-08-31T00:00:00-06:00", false)]
    [InlineData("PEAK failed on Monday", "2026-08-31T00:00:00-06:00", false)]
    [InlineData("PEAK failed this Monday", "2026-08-31T00:00:00-06:00", false)]
    [InlineData("PEAK failed this Tuesday morning", "2026-09-01T09:00:00-06:00", false)]
    public void Extract_DateAndTime_ResolvesInUserZone(string message, string expected, bool hasClockTime)
    {
        var report = Extract(message).Report;

        Assert.Equal(DateTimeOffset.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), report.When);
        Assert.Equal(hasClockTime, report.WhenHasClockTime);
    }

    // Now is Tuesday 2026-09-01 19:00 in Denver. A three-letter weekday reads like the full name.
    [Theory]
    [InlineData("PEAK failed on Mon", "2026-08-31T00:00:00-06:00", false)]
    [InlineData("PEAK has failed since Mon.", "2026-08-31T00:00:00-06:00", false)]
    [InlineData("PEAK failed TUE", "2026-09-01T00:00:00-06:00", false)]
    [InlineData("PEAK failed Thu. and again today", "2026-08-27T00:00:00-06:00", false)]
    [InlineData("PEAK failed last Fri", "2026-08-28T00:00:00-06:00", false)]
    [InlineData("PEAK has failed since wed", "2026-08-26T00:00:00-06:00", false)]
    [InlineData("PEAK failed on Sat", "2026-08-29T00:00:00-06:00", false)]
    [InlineData("PEAK failed last Sun", "2026-08-30T00:00:00-06:00", false)]
    [InlineData("PEAK failed Fri evening", "2026-08-28T19:00:00-06:00", false)]
    [InlineData("PEAK failed Sat. morning", "2026-08-29T09:00:00-06:00", false)]
    [InlineData("PEAK failed on Sun at 3pm", "2026-08-30T15:00:00-06:00", true)]
    public void Extract_WeekdayAbbreviation_ReadsLikeFullName(string message, string expected, bool hasClockTime)
    {
        var report = Extract(message).Report;

        Assert.Equal(DateTimeOffset.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), report.When);
        Assert.Equal(hasClockTime, report.WhenHasClockTime);
    }

    [Theory]
    [InlineData("I sat with the client and PEAK showed an error")]
    [InlineData("The page froze while the client sat in the sun")]
    [InlineData("The sun was out, PEAK showed an error")]
    [InlineData("wed like help with the PEAK upload error")]
    [InlineData("C'mon, PEAK shows the error again")]
    [InlineData("PEAK says the renewal is due Fri")]
    [InlineData("PEAK will be fixed next Mon")]
    public void Extract_WeekdayAbbreviationAsWord_LeavesWhenEmpty(string message)
    {
        Assert.Null(Extract(message).Report.When);
    }

    // Now is Tuesday 2026-09-01 19:00 in Denver. A day part alone gives its default time (the one the
    // date and time prompt uses) but no clock time. With an hour it gives that hour.
    [Theory]
    [InlineData("PEAK failed this morning", "2026-09-01T09:00:00-06:00", false)]
    [InlineData("PEAK failed this afternoon", "2026-09-01T15:00:00-06:00", false)]
    [InlineData("PEAK failed this evening", "2026-09-01T19:00:00-06:00", false)]
    [InlineData("PEAK failed tonight", "2026-09-01T19:00:00-06:00", false)]
    [InlineData("PEAK failed last night", "2026-08-31T21:00:00-06:00", false)]
    [InlineData("PEAK failed yesterday afternoon", "2026-08-31T15:00:00-06:00", false)]
    [InlineData("PEAK failed on Friday evening", "2026-08-28T19:00:00-06:00", false)]
    [InlineData("PEAK failed Friday evening", "2026-08-28T19:00:00-06:00", false)]
    [InlineData("PEAK failed earlier this morning", "2026-09-01T09:00:00-06:00", false)]
    [InlineData("PEAK failed this morning at 8", "2026-09-01T08:00:00-06:00", true)]
    [InlineData("PEAK failed at 8 this morning", "2026-09-01T08:00:00-06:00", true)]
    [InlineData("PEAK failed this morning at 7:15am", "2026-09-01T07:15:00-06:00", true)]
    [InlineData("PEAK failed this afternoon at 2:30", "2026-09-01T14:30:00-06:00", true)]
    [InlineData("PEAK failed this evening at 6", "2026-09-01T18:00:00-06:00", true)]
    [InlineData("PEAK failed last night around 11", "2026-08-31T23:00:00-06:00", true)]
    [InlineData("PEAK failed at 9pm last night", "2026-08-31T21:00:00-06:00", true)]
    [InlineData("PEAK fails since last Monday, last try this morning around 7", "2026-09-01T07:00:00-06:00", true)]
    [InlineData("PEAK fails since last Monday, latest try this morning", "2026-09-01T09:00:00-06:00", false)]
    [InlineData("PEAK fails since 8/24, again last night", "2026-08-31T21:00:00-06:00", false)]
    [InlineData("PEAK fails since Friday, again this morning at 7:15am", "2026-09-01T07:15:00-06:00", true)]
    [InlineData("PEAK failed yesterday at 9am, and this morning again", "2026-08-31T09:00:00-06:00", true)]
    [InlineData("PEAK started last Thursday, latest try yesterday at 4pm", "2026-08-31T16:00:00-06:00", true)]
    [InlineData("PEAK fails since 8/24, tried again today at 7:15am", "2026-09-01T07:15:00-06:00", true)]
    [InlineData("PEAK failed on 8/24 at 4pm and again yesterday", "2026-08-24T16:00:00-06:00", true)]
    [InlineData("PEAK failed at 4pm yesterday, and on Friday", "2026-08-31T16:00:00-06:00", true)]
    [InlineData("PEAK failed on Friday at 2pm", "2026-08-28T14:00:00-06:00", true)]
    public void Extract_DayPart_ResolvesLikeDateTimePrompt(string message, string expected, bool hasClockTime)
    {
        var report = Extract(message).Report;

        Assert.Equal(DateTimeOffset.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), report.When);
        Assert.Equal(hasClockTime, report.WhenHasClockTime);
    }

    [Theory]
    [InlineData("PEAK failed last Friday evening", "2026-08-28 around 7:00 PM (America/Denver, exact time not given)")]
    [InlineData("PEAK failed on 8/20", "2026-08-20 (time not given)")]
    [InlineData("PEAK failed on 8/20 at 3:15pm", "2026-08-20 3:15 PM (America/Denver, daylight time)")]
    public void DraftWhen_DayPartWithoutClockTime_GivesItsTimeAsAnEstimate(string message, string expected)
    {
        Assert.Equal(expected, HelpBot.Domain.Drafts.ReportFormatting.When(Extract(message).Report));
    }

    [Theory]
    [InlineData("UTC", "2026-08-20 3:15 PM (UTC)")]
    [InlineData("America/Phoenix", "2026-08-20 3:15 PM (America/Phoenix)")]
    [InlineData("America/Denver", "2026-08-20 3:15 PM (America/Denver, daylight time)")]
    public void DraftWhen_ZoneWithoutDaylightTime_NamesOnlyTheZone(string zone, string expected)
    {
        var report = new IssueReport
        {
            When = new DateTimeOffset(2026, 8, 20, 15, 15, 0, TimeZoneInfo.FindSystemTimeZoneById(zone).GetUtcOffset(new DateTime(2026, 8, 20))),
            WhenHasClockTime = true,
            TimeZoneId = zone,
        };

        Assert.Equal(expected, HelpBot.Domain.Drafts.ReportFormatting.When(report));
    }

    [Theory]
    [InlineData("Good morning, PEAK shows an error on the income page")]
    [InlineData("The client worked all night on the renewal")]
    [InlineData("PEAK says the renewal is due by tonight")]
    public void Extract_DayPartNamingNoDay_LeavesWhenEmpty(string message)
    {
        Assert.Null(Extract(message).Report.When);
    }

    [Fact]
    public void Extract_DayPartBeforeItsTime_UsesNow()
    {
        var morning = new DateTimeOffset(2026, 9, 1, 7, 40, 0, TimeSpan.FromHours(-6));

        var report = ReportExtractor.Extract("PEAK failed this morning", null, TestContent.CreateContext(morning)).Report;

        Assert.Equal(morning, report.When);
        Assert.False(report.WhenHasClockTime);
    }

    [Theory]
    [InlineData("PEAK letter says documents are due by 09/27/2011")]
    [InlineData("PEAK asks for her DOB 01/01/1900")]
    [InlineData("PEAK will be fixed next 9/30")]
    [InlineData("PEAK will be fixed next Monday")]
    [InlineData("PEAK says the renewal is due Friday")]
    [InlineData("PEAK says the renewal is due on Friday")]
    public void Extract_DateOfSomethingElse_LeavesWhenEmpty(string message)
    {
        Assert.Null(Extract(message).Report.When);
    }

    [Theory]
    [InlineData("The page failed on her iPhone", "iPhone")]
    [InlineData("It fails when using an iPad", "iPad")]
    [InlineData("It fails on his Android phone", "Android phone")]
    [InlineData("Crashes on a tablet", "tablet")]
    public void Extract_DeviceInUse_ReadsDevice(string message, string expected)
    {
        var report = Extract(message).Report;

        Assert.Equal(expected, report.Device);
        Assert.True(report.MobileIndicated);
    }

    [Theory]
    [InlineData("Files are photos from her iPhone")]
    [InlineData("It fails through the app on her phone")]
    public void Extract_DeviceNotNamedAsInUse_LeavesDeviceEmpty(string message)
    {
        Assert.Null(Extract(message).Report.Device);
    }

    [Fact]
    public void Extract_PhoneNumberMention_DoesNotIndicateMobile()
    {
        Assert.False(Extract("Client is Dana Testperson, phone 303-555-0100").Report.MobileIndicated);
    }

    [Theory]
    [InlineData("Upload fails on PEAK. No case number yet.")]
    [InlineData("Upload fails on PEAK. We don't have a case number yet.")]
    [InlineData("Upload fails on PEAK, no CBMS case number.")]
    [InlineData("Upload fails on PEAK. The client doesn’t have a case number.")]
    [InlineData("Upload fails on PEAK. Case number: none.")]
    public void Extract_NoCaseNumberYet_AnswersCaseNumber(string message)
    {
        var result = Extract(message);

        Assert.True(result.Report.NoCaseNumber);
        Assert.Contains(ReportFields.CaseNumber, result.Found);
        Assert.True(ReportRules.IsSatisfied(result.Report, ReportFields.CaseNumber));
    }

    [Theory]
    [InlineData("PEAK shows \"no case number found\" on the upload page.")]
    [InlineData("The page says no case number is linked to this account.")]
    [InlineData("No case number yet, tracking number T12345.")]
    [InlineData("Case 1B00000 fails; no case number for the second application.")]
    public void Extract_OtherNoCaseNumberUse_LeavesFlagOff(string message)
    {
        Assert.False(Extract(message).Report.NoCaseNumber);
    }

    [Theory]
    [InlineData("Upload fails on PEAK. No screenshot, sorry.")]
    [InlineData("Upload fails on PEAK and I couldn't take a screenshot.")]
    public void Extract_NoScreenshot_AnswersScreenshot(string message)
    {
        Assert.True(Extract(message).Report.NoScreenshots);
    }

    [Theory]
    [InlineData("We use Windows 11 and Firefox", "Windows 11", "Firefox")]
    [InlineData("Her iPhone runs iOS 17.4, in Safari", "iOS 17.4", "Safari")]
    [InlineData("Windows 10, Edge", "Windows 10", "Edge")]
    [InlineData("On Windows 2 times, Chrome", "Windows", "Chrome")]
    [InlineData("On our office PC in Chrome", "Windows", "Chrome")]
    [InlineData("Safari on a MacBook", "Mac", "Safari")]
    [InlineData("On a Chromebook", "ChromeOS", null)]
    [InlineData("Internet Explorer keeps failing", null, "Internet Explorer")]
    public void Extract_Environment_ReadsOsAndBrowser(string message, string? os, string? browser)
    {
        var report = Extract(message).Report;

        Assert.Equal(os, report.Os);
        Assert.Equal(browser, report.Browser);
    }

    [Theory]
    [InlineData("We cleared the cache and it still fails", "clear-cache")]
    [InlineData("Signed out and back in, same error", "sign-out-refresh")]
    [InlineData("Tried another browser too", "other-browser")]
    [InlineData("Tried Chrome and Edge", "other-browser")]
    [InlineData("Client's renewal upload on PEAK keeps failing. Tried all three tips.", "sign-out-refresh")]
    [InlineData("Client's renewal upload on PEAK keeps failing. Tried all three tips.", "clear-cache")]
    [InlineData("Client's renewal upload on PEAK keeps failing. Tried all three tips.", "other-browser")]
    [InlineData("Cleared cache and tried another browser", "clear-cache")]
    [InlineData("Cleared cache and tried another browser", "other-browser")]
    public void Extract_TipTried_RecordsTipId(string message, string tipId)
    {
        Assert.Contains(tipId, Extract(message).Report.TipsTried);
    }

    [Theory]
    [InlineData("We haven't cleared the cache yet")]
    [InlineData("We didn't try another browser")]
    [InlineData("We haven't tried all three tips")]
    [InlineData("Didn't try Chrome and Edge")]
    [InlineData("She tried all day to upload it")]
    public void Extract_NegatedTip_RecordsNothing(string message)
    {
        Assert.Empty(Extract(message).Report.TipsTried);
    }

    [Theory]
    [InlineData("Tried twice")]
    [InlineData("She did it 4 times")]
    [InlineData("He kept trying")]
    public void Extract_Retry_RecordsStep(string message)
    {
        Assert.NotEmpty(Extract(message).Report.StepsTried);
    }

    [Theory]
    [InlineData("Client has been trying for a week.", "Tried again (been trying for a week)")]
    [InlineData("He kept trying for 2 days", "Tried again (kept trying for 2 days)")]
    [InlineData("tried twice", "Tried twice")]
    [InlineData("She did it 4 times", "Tried again (4 times)")]
    public void Extract_Retry_QuotesHowLong(string message, string expected)
    {
        Assert.Equal([expected], Extract(message).Report.StepsTried);
    }

    [Theory]
    [InlineData("Different error each time")]
    [InlineData("The page says try again later")]
    public void Extract_NoRetry_RecordsNoStep(string message)
    {
        Assert.Empty(Extract(message).Report.StepsTried);
    }

    [Theory]
    [InlineData("Her coverage ends Friday.", true)]
    [InlineData("He could not enroll before the deadline.", true)]
    [InlineData("Client cannot upload the pay stubs before the due date.", true)]
    [InlineData("She will miss the due date for the renewal.", true)]
    [InlineData("Today is the last day to pick a plan.", false)]
    [InlineData("The due date is 8/22.", false)]
    public void Extract_Impact_ReadsConsequencesOnly(string message, bool expected)
    {
        Assert.Equal(expected, Extract(message).Report.Impact is not null);
    }

    [Theory]
    [InlineData("PEAK shows ERR-500 on the income page. I'll try again tomorrow at 9am.")]
    [InlineData("PEAK shows ERR-500 on the income page, the renewal is due tomorrow 5pm.")]
    public void Extract_TimeOfTomorrow_IsNoProblemTime(string message)
    {
        var report = Extract(message).Report;

        Assert.Null(report.When);
        Assert.Null(report.WhenLaterThanNow);
    }

    [Theory]
    [InlineData("Parent uploaded the pay stubs through the app on her phone. Files are photos from her iPhone.", "iPhone")]
    [InlineData("Files are photos from her iPhone, uploaded on the office PC.", null)]
    public void Extract_DeviceNamedBesideMobileUse_IsSuggested(string message, string? suggestion)
    {
        var report = Extract(message).Report;

        Assert.Null(report.Device);
        Assert.Equal(suggestion, report.DeviceSuggestion);
    }

    // A future weekday in a first message is a plan, not when the problem happened.
    [Theory]
    [InlineData("PEAK fails, I'll try again next Monday")]
    [InlineData("PEAK fails, the client comes in this Friday")]
    public void Extract_FutureWeekday_LeavesWhenEmpty(string message)
    {
        Assert.Null(Extract(message).Report.When);
    }

    [Fact]
    public void Extract_NamedAppOnDevice_NotesAppDeviceAndSystem()
    {
        var report = Extract("The MyPEAK app on her Android crashes when she uploads a pay stub.").Report;

        Assert.Equal(SupportSystems.Peak, report.System);
        Assert.True(report.MobileIndicated);
        Assert.Equal("MyPEAK app", report.MobileApp);
        Assert.Equal("Android phone", report.Device);
        Assert.Equal("Android", report.Os);
    }

    [Theory]
    [InlineData("Safari on iOS shows a blank page in PEAK", "iOS")]
    [InlineData("PEAK shows a blank page in the ios app", null)]
    [InlineData("PEAK shows a blank page on the mac", null)]
    public void Extract_ShortOsName_CountsWhenWrittenAsListed(string message, string? expected)
    {
        Assert.Equal(expected, Extract(message).Report.Os);
    }

    [Theory]
    [InlineData("it's in the phone app", true, null, "mobile app")]
    [InlineData("she uses the app on her iPhone", true, "iPhone", "mobile app")]
    [InlineData("the MyCOBenefits app", true, null, "MyCOBenefits app")]
    [InlineData("MyPEAK app on android", true, "Android phone", "MyPEAK app")]
    [InlineData("the peak mobile app", true, null, "PEAK app")]
    [InlineData("on her phone", true, null, null)]
    [InlineData("peak mail center", false, null, null)]
    [InlineData("I don't have the address", false, null, null)]
    public void ReadMobileUse_Answers(string text, bool indicated, string? device, string? app)
    {
        var use = ReportExtractor.ReadMobileUse(text);

        Assert.Equal(indicated, use.Indicated);
        Assert.Equal(device, use.Device);
        Assert.Equal(app, use.App);
    }

    [Fact]
    public void Extract_ErrorCodeAndCaseNumber_ReadsBoth()
    {
        var report = Extract("PEAK shows ERR-12345 for case 1b00000").Report;

        Assert.Equal("ERR-12345", report.ErrorMessage);
        Assert.Equal("1B00000", report.CaseNumber);
    }

    [Theory]
    [InlineData("PEAK upload fails for case 1B 000-00 since Monday", "1B00000")]
    [InlineData("PEAK upload fails for case 1B-00000", "1B00000")]
    [InlineData("PEAK upload fails for case 1b 000 00, please help", "1B00000")]
    [InlineData("PEAK upload fails for case 1B00000 2 times today", "1B00000")]
    [InlineData("PEAK upload fails for case 1B 0000 and 1B00001", "1B0000")]
    [InlineData("PEAK upload fails for 1B 00 only", null)]
    [InlineData("PEAK upload fails for 1B 000 00abc", null)]
    [InlineData("PEAK upload fails for 1B00000000000", null)]
    public void Extract_CaseNumberTypedInGroups_ReadsTheDigits(string message, string? expected)
    {
        Assert.Equal(expected, Extract(message).Report.CaseNumber);
    }

    [Fact]
    public void Extract_LogWithManyCodes()
    {
        var log = string.Join('\n', Enumerable.Range(0, 100).Select(i => $"12:00:{i % 60:00} upload failed ERR-{10000 + i}"));

        var report = Extract("PEAK upload fails, log:\n" + log).Report;

        Assert.Equal("ERR-10000; ERR-10001; ERR-10002; ERR-10003; ERR-10004; and 95 more in the description", report.ErrorMessage);
    }

    [Theory]
    [InlineData("Upload fails on PEAK with ERR-500. My PEAK user name is testuser55.", "testuser55")]
    [InlineData("username: dtestperson, PEAK shows ERR-500 on the income page", "dtestperson")]
    [InlineData("PEAK shows ERR-500. User name dana.testperson", "dana.testperson")]
    [InlineData("PEAK login id cbo.navigator01 gets error 500", "cbo.navigator01")]
    [InlineData("Her user name is dana.testperson@example.org and PEAK shows ERR-500", "dana.testperson@example.org")]
    public void Extract_UserName_ReadsIt(string message, string expected)
    {
        var result = Extract(message);

        Assert.Equal(expected, result.Report.Username);
        Assert.Contains(ReportFields.Username, result.Found);
    }

    [Theory]
    [InlineData("My username is not working on PEAK")]
    [InlineData("She forgot her PEAK username")]
    [InlineData("Username and password are right but PEAK shows ERR-500")]
    [InlineData("The login page shows error 500")]
    [InlineData("user name: Spring!2026")]
    [InlineData("user id: 303-555-0100")]
    public void Extract_NoUserName_LeavesUsernameEmpty(string message)
    {
        Assert.Null(Extract(message).Report.Username);
    }

    [Fact]
    public void Extract_PeakUserName_IsNotStillNeeded()
    {
        var result = ReportExtractor.Extract("Upload fails with ERR-500. My PEAK user name is testuser55.",
            "https://peak.my.site.com/peak/s/document-upload", TestContent.CreateContext());

        Assert.DoesNotContain(ReportFields.Username, result.StillNeeded);
    }

    [Fact]
    public void Extract_TrackingNumber_ReadsIt()
    {
        Assert.Equal("T12345", Extract("Not submitted yet, tracking number T12345").Report.TrackingNumber);
    }

    [Theory]
    [InlineData("Is PEAK down for everyone right now?", "general-outage")]
    [InlineData("I'm a county worker and CBMS will not open the case", "cbms-county")]
    public void Extract_ReportNotAboutOneClient_IsElsewhere(string message, string routeId)
    {
        var result = Extract(message);

        Assert.Equal(ReportKinds.Elsewhere, result.Report.Kind);
        Assert.Equal(routeId, result.ElsewhereRoute?.Id);
        Assert.Empty(result.StillNeeded);
    }

    [Theory]
    [InlineData("PEAK logged me out while we were typing", "session-timeout")]
    [InlineData("Client forgot her PEAK password, how to reset it?", "password-reset")]
    [InlineData("She forgot the email address she used for PEAK", "forgotten-username")]
    [InlineData("How do we enter a green card in PEAK?", "non-citizen-information")]
    [InlineData("PEAK will not take the .heic file we upload", "upload-files")]
    public void Extract_TrainingQuestion_MatchesTopic(string message, string topicId)
    {
        var result = Extract(message);

        Assert.Equal(ReportKinds.Training, result.Report.Kind);
        Assert.Equal(topicId, result.TrainingTopic?.Id);
    }

    [Theory]
    [InlineData("The login page keeps saying session expired for my client", true)]
    [InlineData("PEAK logged me out while we were typing", false)]
    [InlineData("Finished the financial application in PEAK, client qualified for tax credits, we closed the tab. Now Connect for Health doesn't show the tax credit.", false)]
    public void Extract_TrainingTopicWithoutNamedSystem_MarksSystemAssumed(string message, bool assumed)
    {
        var report = Extract(message).Report;

        Assert.Equal(ReportKinds.Training, report.Kind);
        Assert.Equal(SupportSystems.Peak, report.System);
        Assert.Equal(assumed, report.SystemAssumedFromTopic);
    }

    [Fact]
    public void Extract_SmallUpload_IsTechnical()
    {
        Assert.Equal(ReportKinds.Technical, Extract("PEAK says the upload failed. It is a 1 MB pdf.").Report.Kind);
    }

    [Fact]
    public void Extract_PeakUrl_SuggestsPageFromPath()
    {
        var report = ReportExtractor.Extract("It fails", "https://peak.my.site.com/peak/s/benefit-information", TestContent.CreateContext()).Report;

        Assert.Equal("Benefit information", report.PageSuggestion);
        Assert.Equal("benefit-information", report.PageCategory);
        Assert.Null(report.Page);
    }

    [Theory]
    [InlineData("https://peak.my.site.com/peak/s/afb-welcome?language=en_US", "AFB welcome", "afb-welcome")]
    [InlineData("https://peak.my.site.com/peak/s/peak-landing-page", "PEAK landing page", "peak-landing-page")]
    [InlineData("https://peak.my.site.com/SEBT/s/", "SEBT", "sebt")]
    [InlineData("https://peak.my.site.com/peak/s/case/1B0000035", "Case", "case")]
    [InlineData("https://peak.my.site.com/peak/s/mail-center", "Mail center", "mail-center")]
    public void Extract_PeakUrl_NamesPageReadably(string address, string name, string category)
    {
        var report = ReportExtractor.Extract("It fails", address, TestContent.CreateContext()).Report;

        Assert.Equal(name, report.PageSuggestion);
        Assert.Equal(category, report.PageCategory);
    }

    [Fact]
    public void Extract_LookAlikeUrl_LeavesSystemUnknown()
    {
        var result = ReportExtractor.Extract("PEAK fails", "https://peak.my.site.com.example.org/", TestContent.CreateContext());

        Assert.True(result.System.IsLookAlike);
        Assert.Equal(SupportSystems.Unknown, result.Report.System);
    }

    [Fact]
    public void Extract_VeryLongMessage_KeepsWholeDescription()
    {
        var message = "PEAK fails. " + new string('x', 20000);

        var report = Extract(message).Report;

        Assert.Equal(message, report.Description);
    }

    [Fact]
    public void Extract_LongLogLateCaseNumber()
    {
        var log = string.Concat(Enumerable.Repeat("2026-08-22 10:15:02 INFO PEAK upload step finished for request 42\n", 300));
        var message = "PEAK upload fails, log below.\n" + log + "Case 1B00000 in the last line.";

        var report = Extract(message).Report;

        Assert.True(message.Length > 19_000, $"The log is {message.Length} characters long.");
        Assert.Equal("1B00000", report.CaseNumber);
        Assert.False(report.NoCaseNumber);
    }

    // The windows are 8,000 characters long and overlap by 128, so the second starts at 7,872. The case
    // number starts at each offset: across the first window's end, in the overlap, and at the second's start.
    [Theory]
    [InlineData(7_860, "1B00000")]
    [InlineData(7_872, "1B00000")]
    [InlineData(7_930, "1B00000")]
    [InlineData(7_995, "1B00000")]
    [InlineData(7_996, "1B0000000000")]
    [InlineData(7_990, null)]
    public void Extract_CaseNumberAtWindowEdge_ReadsWholeNumber(int offset, string? number)
    {
        const string Start = "PEAK fails.";
        var value = number ?? "1B000000000000";
        var message = Start + new string(' ', offset - Start.Length) + value + new string(' ', 9_000) + "end of log.";

        var report = Extract(message).Report;

        Assert.Equal(offset, message.IndexOf(value, StringComparison.Ordinal));
        Assert.Equal(number, report.CaseNumber);
    }

    [Fact]
    public void Extract_LongLogLateTrackingNumber()
    {
        var message = "PEAK upload fails. " + new string('x', 19_000) + " tracking number T12345 from the portal.";

        var report = Extract(message).Report;

        Assert.Equal("T12345", report.TrackingNumber);
    }

    [Fact]
    public void Extract_LongLogLatePasswordNumber()
    {
        var message = "PEAK upload fails. " + new string('x', 19_000) + " my password is 1B99999 and it expired.";

        var report = Extract(message).Report;

        Assert.Null(report.CaseNumber);
    }

    [Fact]
    public void IssueReport_SerializedRoundTrip_KeepsFields()
    {
        var report = ReportExtractor.Extract("PEAK failed on 8/22 at 3:10 pm, case 1B00000", null, TestContent.CreateContext()).Report;

        var json = System.Text.Json.JsonSerializer.Serialize(report, DomainJsonContext.Default.IssueReport);
        var copy = System.Text.Json.JsonSerializer.Deserialize(json, DomainJsonContext.Default.IssueReport)!;

        Assert.Equal(report.When, copy.When);
        Assert.Equal(report.CaseNumber, copy.CaseNumber);
        Assert.Equal(ReportRules.StillNeeded(report), ReportRules.StillNeeded(copy));
    }

    private static ExtractionResult Extract(string message) => ReportExtractor.Extract(message, null, TestContent.CreateContext());

    [Theory]
    [InlineData("The screen said 'unexpected error, please try again', another time a blank page.", "'unexpected error, please try again', another time a blank page")]
    [InlineData("It shows 'Error 500'. The page said Error 500 happened again", "Error 500 happened again")]
    public void ReadErrorMessage_QuoteInSentence_ListedOnce(string message, string expected)
    {
        Assert.Equal(expected, ProblemReader.ReadErrorMessage(message));
    }

    [Theory]
    [InlineData("On Connect for Health the 'apply for Medicaid' link just spins and won't move forward.", null)]
    [InlineData("We clicked \"Submit\" and nothing happened.", null)]
    [InlineData("Pressing the 'Next' button shows \"Something went wrong\".", "Something went wrong")]
    [InlineData("After the 'Upload' tab loads we get \"Unexpected error\".", "Unexpected error")]
    public void ReadErrorMessage_QuotedControlName_IsNoErrorText(string message, string? expected)
    {
        Assert.Equal(expected, ProblemReader.ReadErrorMessage(message));
    }

    [Theory]
    [InlineData("The upload fails with ERR-500. Her PEAK password is Tulip-Fake-4417.", "ERR-500")]
    [InlineData("Client can't sign in, her SSN is 900-00-0001 and her PEAK password is Tulip-Fake-4417.", null)]
    [InlineData("The income page gives ERR-1023. I typed pw: Rain-2026!", "ERR-1023")]
    [InlineData("password Fake-4417 was rejected with \"Invalid login\"", "Invalid login")]
    public void Extract_PasswordInMessage_NoPartInOtherFields(string message, string? expectedError)
    {
        var report = Extract(message).Report;

        Assert.Equal(expectedError, report.ErrorMessage);
        Assert.Null(report.Username);
        Assert.Null(report.TrackingNumber);
        Assert.Equal(message, report.Description);
    }

    [Fact]
    public void Extract_PasswordResetWords_StillRead()
    {
        var report = Extract("The password reset e-mail never comes; I cleared the cache and tried again.").Report;

        Assert.Contains("clear-cache", report.TipsTried);
    }
}
