using System.Text.RegularExpressions;
using HelpBot.Dialogs.Conversation.Fields;
using HelpBot.Dialogs.Conversation.Markers;
using HelpBot.Dialogs.Conversation.Replies;
using HelpBot.Dialogs.Conversation.State;
using HelpBot.Domain.Content;
using HelpBot.Domain.Reports;
using HelpBot.Domain.Systems;
using HelpBot.Testing;

namespace HelpBot.Dialogs.Tests.Conversation;

/// <summary>What the bot does with the day parts, user names and combined tip answers of a first message.</summary>
public sealed partial class FirstMessageReadingTests
{
    private const string PageUrl = "https://peak.my.site.com/peak/s/document-upload";
    private const string ConnectThisMorning =
        "Create Account on connectforhealthco.com shows 'account creation is suspended' this morning. Tried all three tips.";
    private static readonly TimeZoneInfo Denver = TimeZoneInfo.FindSystemTimeZoneById("America/Denver");

    [Theory]
    [InlineData("this morning", "Sep 1, 2026, about 9:00 AM")]
    [InlineData("this morning at 8", "Sep 1, 2026 8:00 AM")]
    [InlineData("last night", "Aug 31, 2026, about 9:00 PM")]
    [InlineData("last night around 11.", "Aug 31, 2026 11:00 PM")]
    [InlineData("last night around 11", "Aug 31, 2026 11:00 PM")]
    [InlineData("yesterday afternoon", "Aug 31, 2026, about 3:00 PM")]
    [InlineData("last Tuesday afternoon", "Aug 25, 2026, about 3:00 PM")]
    [InlineData("Monday morning", "Aug 31, 2026, about 9:00 AM")]
    [InlineData("this Monday evening", "Aug 31, 2026, about 7:00 PM")]
    [InlineData("last Sat night", "Aug 29, 2026, about 9:00 PM")]
    [InlineData("yesterday", "Aug 31, 2026")]
    [InlineData("8/22 at 2:15 pm", "Aug 22, 2026 2:15 PM")]
    public void Prefill_WhenFromFirstMessage_ShowsDayPartTime(string when, string expected)
    {
        var now = new DateTimeOffset(2026, 9, 1, 19, 0, 0, TimeSpan.FromHours(-6));
        var context = new ExtractionContext(Content, new Microsoft.Extensions.Time.Testing.FakeTimeProvider(now), Denver);
        var report = ReportExtractor.Extract($"PEAK shows ERR-500 on the income page since {when}", null, context).Report;

        Assert.Equal(expected, ReportFieldValues.Prefill(ReportFields.When, report, new UserProfile(), Content, Denver));
    }

    [Fact]
    public void Prefill_FutureTimeInFirstMessage_LeavesWhenOpen()
    {
        var now = new DateTimeOffset(2026, 9, 1, 7, 0, 0, TimeSpan.FromHours(-6));
        var context = new ExtractionContext(Content, new Microsoft.Extensions.Time.Testing.FakeTimeProvider(now), Denver);
        var report = ReportExtractor.Extract("PEAK shows ERR-500 on the income page since today 7:15am", null, context).Report;

        Assert.Null(report.When);
        Assert.Null(ReportFieldValues.Prefill(ReportFields.When, report, new UserProfile(), Content, Denver));
        Assert.Equal(new DateTimeOffset(2026, 9, 1, 7, 15, 0, TimeSpan.FromHours(-6)), report.WhenLaterThanNow);
    }

    [Fact]
    public async Task PeakReport_FutureTime_ExplainsQuestion()
    {
        // 10 March 2026, 6:42 am in Denver (UTC-6).
        var morning = new Microsoft.Extensions.Time.Testing.FakeTimeProvider(new DateTimeOffset(2026, 3, 10, 12, 42, 0, TimeSpan.Zero));
        const string Note = "Your first message gives Mar 10, 2026 5:00 PM, which is later than when you sent it, so I left it out.";

        await ConversationFlow.Create(time: morning).Onboard()
            .Send($"The PEAK upload page at {PageUrl} shows ERR-500 at 5pm today for case 1B00000. Tried all three tips.")
            .AssertAsks(ConversationPrompts.Urgent).Send("no")
            .AssertAsks(ConversationPrompts.Field, "username").Send("testuser55")
            .AssertAsks(ConversationPrompts.Field, "page").Send("keep")
            .AssertAsks(ConversationPrompts.Field, "when", reply =>
            {
                Assert.StartsWith(Note, reply.Text, StringComparison.Ordinal);
                Assert.Contains(Note, reply.Attachments![0].Content.ToString(), StringComparison.Ordinal);
            })
            .StartTestAsync();
    }

    [Fact]
    public async Task ConnectWhenCard_EstimateNotSubmittable()
    {
        var card = "";
        await ConversationFlow.Create().Onboard()
            .Send(ConnectThisMorning)
            .AssertAsks(ConversationPrompts.Field, "when", reply => card = reply.Attachments!.Single().Content!.Value.GetRawText())
            .SendValue("""{"when": "Mar 10, 2026"}""")
            .AssertReply("The Service Center needs the time as well as the date. Please add the time, such as \"8/22 at 2:15 pm\".")
            .AssertAsks(ConversationPrompts.Field, "when")
            .StartTestAsync();

        Assert.Contains("\"value\":\"Mar 10, 2026\"", card, StringComparison.Ordinal);
        Assert.Contains("only an estimate", card, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PeakDraft_CorrectedTime_SaysItReplaces()
    {
        var morning = new Microsoft.Extensions.Time.Testing.FakeTimeProvider(new DateTimeOffset(2026, 3, 10, 12, 42, 0, TimeSpan.Zero));
        var draftText = "";

        await ConversationFlow.Create(time: morning).Onboard()
            .Send($"The PEAK upload page at {PageUrl} shows ERR-500 at 5pm today for case 1B00000. Tried all three tips.")
            .AssertAsks(ConversationPrompts.Urgent).Send("no")
            .AssertAsks(ConversationPrompts.Field, "username").Send("testuser55")
            .AssertAsks(ConversationPrompts.Field, "page").Send("keep")
            .AssertAsks(ConversationPrompts.Field, "when").Send("today 6:15am")
            .AssertAsks(ConversationPrompts.Field, "impact").Send("The client could not submit")
            .AssertAsks(ConversationPrompts.Field, "screenshot").Send("none")
            .AssertSays(ConversationSteps.Draft, reply => draftText = reply.Text!)
            .StartTestAsync();

        Assert.Contains("2026-03-10 6:15 AM (America/Denver, daylight time). This replaces the time in the description, which was later than the report.", draftText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WhenRetry_FutureTime_OmitsNote()
    {
        var morning = new Microsoft.Extensions.Time.Testing.FakeTimeProvider(new DateTimeOffset(2026, 3, 10, 12, 42, 0, TimeSpan.Zero));

        await ConversationFlow.Create(time: morning).Onboard()
            .Send($"The PEAK upload page at {PageUrl} shows ERR-500 at 5pm today for case 1B00000. Tried all three tips.")
            .AssertAsks(ConversationPrompts.Urgent).Send("no")
            .AssertAsks(ConversationPrompts.Field, "username").Send("testuser55")
            .AssertAsks(ConversationPrompts.Field, "page").Send("keep")
            .AssertAsks(ConversationPrompts.Field, "when", reply => Assert.Contains("later than when you sent it", reply.Text, StringComparison.Ordinal))
            .Send("at 25:99")
            .AssertReplySatisfies(reply => Assert.Contains("25:99", reply.Text, StringComparison.Ordinal))
            .AssertAsks(ConversationPrompts.Field, "when", reply =>
            {
                Assert.DoesNotContain("later than when you sent it", reply.Text, StringComparison.Ordinal);
                Assert.DoesNotContain("later than when you sent it", reply.Attachments![0].Content.ToString(), StringComparison.Ordinal);
            })
            .StartTestAsync();
    }

    [Fact]
    public async Task ConnectReport_ThisMorning_AsksWhenWithNineAmPrefilled()
    {
        await ConversationFlow.Create().Onboard()
            .Send(ConnectThisMorning)
            .AssertAsks(ConversationPrompts.Field, "when", reply => Assert.Contains("Mar 10, 2026, about 9:00 AM", reply.Text, StringComparison.Ordinal))
            .StartTestAsync();
    }

    [Fact]
    public async Task ConnectReport_WeekdayMorning_AsksWhenWithEstimate()
    {
        await ConversationFlow.Create().Onboard()
            .Send(ConnectThisMorning.Replace("this morning", "last Monday morning", StringComparison.Ordinal))
            .AssertAsks(ConversationPrompts.Field, "when", reply => Assert.Contains("Mar 9, 2026, about 9:00 AM", reply.Text, StringComparison.Ordinal))
            .StartTestAsync();
    }

    [Fact]
    public async Task ConnectWhen_DayPartDefault_AsksForTime()
    {
        await ConversationFlow.Create().Onboard()
            .Send(ConnectThisMorning)
            .AssertAsks(ConversationPrompts.Field, "when", reply =>
            {
                Assert.Contains("only an estimate", reply.Text, StringComparison.Ordinal);
                Assert.DoesNotContain("Type 'keep'", reply.Text, StringComparison.Ordinal);
            })
            .Send("keep")
            .AssertReplySatisfies(reply => Assert.Contains("can't be kept", reply.Text, StringComparison.Ordinal))
            .AssertAsks(ConversationPrompts.Field, "when")
            .Send("today 9:40am")
            .AssertAsks(ConversationPrompts.Field, "os")
            .StartTestAsync();
    }

    [Theory]
    [InlineData(SupportSystems.Peak, true, "2026-09-01 09:00")]
    [InlineData(SupportSystems.ConnectForHealth, false, null)]
    public void CheckPrefill_DayPartEstimate_ByPath(string system, bool valid, string? stored)
    {
        var now = new DateTimeOffset(2026, 9, 1, 19, 0, 0, TimeSpan.FromHours(-6));
        var context = new ExtractionContext(Content, new Microsoft.Extensions.Time.Testing.FakeTimeProvider(now), Denver);
        var report = ReportExtractor.Extract("PEAK shows ERR-500 on the income page since this morning", null, context).Report;
        report.System = system;
        var prefill = ReportFieldValues.Prefill(ReportFields.When, report, new UserProfile(), Content, Denver)!;

        var check = ReportFieldValues.CheckPrefill(ReportFields.When, prefill, report, context);

        Assert.Equal(valid, check.IsValid);
        Assert.Equal(stored, check.NormalizedValue);
    }

    [Theory]
    [InlineData("Upload fails on PEAK with ERR-500. My PEAK user name is testuser55.", "testuser55")]
    [InlineData("username: dtestperson. PEAK shows ERR-500 when we upload.", "dtestperson")]
    public async Task PeakReport_UserNameInFirstMessage_ReachesDraftUnasked(string message, string username)
    {
        string? draftText = null;
        await ConversationFlow.Create().Onboard()
            .Send(message).AssertAsks(ConversationPrompts.Tips)
            .Send("still broken, tried all three").AssertAsks(ConversationPrompts.PageAddress)
            .Send(PageUrl).AssertAsks(ConversationPrompts.Urgent)
            .Send("no")
            .AssertAsks(ConversationPrompts.Field, "page").Send("keep")
            .AssertAsks(ConversationPrompts.Field, "when").Send("03/10/2026 9:15 am")
            .AssertAsks(ConversationPrompts.Field, "impact").Send("The client could not submit")
            .AssertAsks(ConversationPrompts.Field, "caseNumber").Send("1B00000")
            .AssertAsks(ConversationPrompts.Field, "screenshot").Send("none")
            .AssertSays(ConversationSteps.Draft, reply => draftText = reply.Text)
            .StartTestAsync();

        Assert.NotNull(draftText);
        Assert.Contains($"PEAK user name:\n{username}\n", draftText.Replace("\r\n", "\n", StringComparison.Ordinal), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("fixed it after clearing the cache")]
    [InlineData("cleared the cache and that fixed it")]
    [InlineData("clearing the cache fixed it")]
    public async Task TipsAnswer_FixedWithTipNamed_EndsFixed(string answer)
    {
        await ConversationFlow.Create().Onboard()
            .Send("When I press Submit on the income page PEAK shows the error ERR-500.")
            .AssertAsks(ConversationPrompts.Tips)
            .Send(answer)
            .AssertSays(ConversationSteps.Fixed)
            .StartTestAsync();
    }

    [Fact]
    public async Task TrainingAnswer_StillBrokenTriedAllThree_SkipsTips()
    {
        await ConversationFlow.Create().Onboard()
            .Send("PEAK will not take the .heic file we upload")
            .AssertAsks(ConversationPrompts.Training)
            .Send("still broken, tried all three")
            .AssertAsks(ConversationPrompts.PageAddress)
            .StartTestAsync();
    }

    [Fact]
    public async Task TrainingAnswer_StillBrokenClearedCache_TicksCacheTip()
    {
        await ConversationFlow.Create().Onboard()
            .Send("PEAK will not take the .heic file we upload")
            .AssertAsks(ConversationPrompts.Training)
            .Send("still broken, cleared cache")
            .AssertAsks(ConversationPrompts.Tips, check: reply => Assert.Contains("\"value\":\"clear-cache\"", reply.Attachments!.Single().Content!.Value.GetRawText(), StringComparison.Ordinal))
            .StartTestAsync();
    }

    // Every training answer and elsewhere route the content gives, as the bot words it.
    [Theory]
    [InlineData("Client's renewal upload on PEAK keeps failing with \"try again later\". No case number yet.")]
    [InlineData("Client's renewal upload on PEAK keeps failing with \"try again later\". We don't have a case number yet.")]
    [InlineData("Client's renewal upload on PEAK keeps failing with \"try again later\", no CBMS case number.")]
    public async Task FirstMessage_NoCaseNumberYet_SkipsCaseNumberQuestion(string message)
    {
        string? draft = null;

        await ConversationFlow.Create().Onboard()
            .Send(message).AssertAsks(ConversationPrompts.Tips)
            .Send("still broken, tried all three").AssertAsks(ConversationPrompts.PageAddress)
            .Send(PageUrl).AssertAsks(ConversationPrompts.Urgent)
            .Send("no")
            .AssertAsks(ConversationPrompts.Field, "username").Send("cbo.navigator01")
            .AssertAsks(ConversationPrompts.Field, "page").Send("keep")
            .AssertAsks(ConversationPrompts.Field, "when").Send("03/10/2026 9:15 am")
            .AssertAsks(ConversationPrompts.Field, "impact").Send("The client could not renew")
            .AssertAsks(ConversationPrompts.Field, "screenshot").Send("none")
            .AssertSays(ConversationSteps.Draft, reply => draft = reply.Text)
            .StartTestAsync();

        Assert.Contains("CBMS case number:\nNo case number yet:", draft, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(ContentAnswers))]
    public void ContentAnswer_ListsEachItemOnce(string id)
    {
        var text = AnswerText(id);
        var items = ListItems(text).ToList();

        var repeated = items.GroupBy(item => item, StringComparer.OrdinalIgnoreCase).Where(group => group.Count() > 1).Select(group => group.Key);
        Assert.Empty(repeated);
        var lines = text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        Assert.Equal(lines.Distinct(StringComparer.Ordinal).Count(), lines.Length);
    }

    [Fact]
    public void TrainingAnswer_UploadTopic_ListsFileTypesOnce()
    {
        var text = AnswerText("upload-files");

        Assert.Single(Regex.Matches(text, @"\.pdf\b"));
        Assert.Contains("- Accepted file types: .jpg, .jpeg, .png, .tif, .tiff, .pdf", text, StringComparison.Ordinal);
    }

    public static TheoryData<string> ContentAnswers()
    {
        var data = new TheoryData<string>();
        foreach (var id in Content.Training.Topics.Select(topic => topic.Id).Concat(Content.Elsewhere.Select(route => route.Id)))
        {
            data.Add(id);
        }

        return data;
    }

    private static DeskAidContent Content { get; } = DeskAidContentLoader.Load(DeskAidContentLoader.DefaultPath);

    private static string AnswerText(string id) =>
        Content.Training.Topics.Find(topic => topic.Id == id) is { } topic
            ? ConversationMessages.TrainingAnswer(topic, Content)
            : ConversationMessages.Elsewhere(Content.Elsewhere.Single(route => route.Id == id), Content);

    // The items of every list in the text: file types, and the parts of lists of three or more short items
    // ("a, b and c"), which tells a list from a sentence with commas.
    private static IEnumerable<string> ListItems(string text)
    {
        foreach (Match match in FileType().Matches(text))
        {
            yield return match.Value.ToLowerInvariant();
        }

        foreach (var line in text.Split('\n'))
        {
            var parts = ListSeparator().Split(line.TrimStart('-', ' ').TrimEnd('.'));
            if (parts.Length >= 3 && parts.All(part => part.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= 4))
            {
                foreach (var part in parts.Where(part => !FileType().IsMatch(part)))
                {
                    yield return part.Trim();
                }
            }
        }
    }

    [GeneratedRegex(@"(?<![\w/])\.[a-z]{2,4}\b", RegexOptions.IgnoreCase)]
    private static partial Regex FileType();

    [GeneratedRegex(@",\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+")]
    private static partial Regex ListSeparator();
}
