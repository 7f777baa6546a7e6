using HelpBot.EndToEnd.Tests.Conversation;
using HelpBot.EndToEnd.Tests.DirectLine;
using HelpBot.EndToEnd.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace HelpBot.EndToEnd.Tests.Browser;

/// <summary>
/// How the real Web Chat widget lays out a card question: one bubble per question, numbers as
/// the card writes them, and text bubbles without blank paragraphs at their edges.
/// </summary>
[Trait("Category", "EndToEnd")]
public sealed class CardBubbleTests : IClassFixture<BotServerFixture>, IClassFixture<ChromiumFixture>
{
    private const string TipsHeading = "First, try these quick fixes";
    private const string BotBubble = ".webchat__bubble:not(.webchat__bubble--from-user)";
    private const string TranscriptActivity = ".webchat__basic-transcript__activity";
    private const string PlainParagraph = "p.webchat__text-content--is-plain";

    // Answers to the questions asked before the tips, by prompt marker.
    private static readonly Dictionary<string, string> OnboardingAnswers = new(StringComparer.Ordinal)
    {
        ["menu"] = "report a problem",
        ["describe"] = FakeReport.PeakDescription,
        ["cbmsUser"] = "no",
        ["role"] = "CBO staff",
        ["training"] = "report it anyway",
    };

    private readonly BotServerFixture _bot;
    private readonly ChromiumFixture _chromium;

    public CardBubbleTests(BotServerFixture bot, ChromiumFixture chromium)
    {
        _bot = bot;
        _chromium = chromium;
    }

    [Fact]
    public async Task TipsQuestion_OneBubbleNumbersAsWritten()
    {
        await using var page = await PageDriver.OpenAsync(_chromium.Browser, _bot.Server.BaseAddress, nameof(TipsQuestion_OneBubbleNumbersAsWritten));

        await page.ScreenshotOnFailureAsync(async () =>
        {
            var tips = await AskUntilTipsAsync(page);
            var bubbles = page.Page.Locator(BotBubble).Filter(new() { HasText = TipsHeading });
            await Expect(bubbles.Last).ToBeVisibleAsync();
            var activity = page.Page.Locator(TranscriptActivity).Filter(new() { HasText = TipsHeading }).Last;
            var cardText = await bubbles.Last.InnerTextAsync();

            Assert.Null(ActivityJson.Text(tips));
            Assert.Equal(1, await bubbles.CountAsync());
            Assert.Equal(1, await activity.Locator(".webchat__bubble").CountAsync());
            Assert.Contains("Tip 1:", cardText, StringComparison.Ordinal);
            Assert.Contains("Tip 2:", cardText, StringComparison.Ordinal);
            Assert.Contains("Tip 3:", cardText, StringComparison.Ordinal);
            Assert.Equal(0, await bubbles.Last.Locator("ol").CountAsync());
        });
    }

    [Fact]
    public async Task TextBubbles_NoBlankParagraphAtEdges()
    {
        await using var page = await PageDriver.OpenAsync(_chromium.Browser, _bot.Server.BaseAddress, nameof(TextBubbles_NoBlankParagraphAtEdges));

        await page.ScreenshotOnFailureAsync(async () =>
        {
            await AskUntilTipsAsync(page);
            var paragraphs = page.Page.Locator($"{BotBubble} {PlainParagraph}");
            await Expect(paragraphs.First).ToBeVisibleAsync();
            var edges = page.Page.Locator($"{BotBubble} {PlainParagraph}:empty:first-child, {BotBubble} {PlainParagraph}:empty:last-child");
            var innerLine = page.Page.Locator($"{BotBubble} {PlainParagraph}:not(:first-child):not(:empty)");

            Assert.Equal(0, await edges.CountAsync());
            Assert.True(await innerLine.CountAsync() > 0, "No bot text bubble had a second line to measure.");
            Assert.Equal("0px", await innerLine.First.EvaluateAsync<string>("p => getComputedStyle(p).paddingTop"));
        });
    }

    // Types the report, answers each question before the tips, then returns the tips question.
    private static async Task<System.Text.Json.JsonElement> AskUntilTipsAsync(PageDriver page)
    {
        await page.WaitForBotActivityAsync(_ => true, "the bot's welcome");
        var cursor = page.Activities.Count;
        await page.TypeAsync(FakeReport.PeakDescription);
        for (var i = 0; i < OnboardingAnswers.Count + 1; i++)
        {
            var question = await page.WaitForBotActivityAsync(
                a => ActivityJson.Marker(a, "prompt") is { } prompt && (prompt == "tips" || OnboardingAnswers.ContainsKey(prompt)),
                "the tips question or a question before it",
                cursor);
            var prompt = ActivityJson.Marker(question, "prompt")!;
            if (prompt == "tips")
            {
                return question;
            }

            cursor = page.Activities.Count;
            await page.TypeAsync(OnboardingAnswers[prompt]);
        }

        throw new InvalidOperationException("The bot did not ask the tips question after the onboarding questions.");
    }
}
