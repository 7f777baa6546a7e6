using System.Text.Json;
using HelpBot.EndToEnd.Tests.DirectLine;
using HelpBot.EndToEnd.Tests.Infrastructure;

namespace HelpBot.EndToEnd.Tests.Browser;

/// <summary>The bot's web chat page with the real Web Chat bundle, in headless Chromium.</summary>
[Trait("Category", "EndToEnd")]
public sealed class WebChatTests : IClassFixture<BotServerFixture>, IClassFixture<ChromiumFixture>
{
    private readonly BotServerFixture _bot;
    private readonly ChromiumFixture _chromium;

    public WebChatTests(BotServerFixture bot, ChromiumFixture chromium)
    {
        _bot = bot;
        _chromium = chromium;
    }

    [Fact]
    public async Task PageLoad_NewVisitor_ShowsWelcome()
    {
        await using var page = await OpenAsync(nameof(PageLoad_NewVisitor_ShowsWelcome));

        await page.ScreenshotOnFailureAsync(async () =>
        {
            var welcome = await page.WaitForBotActivityAsync(_ => true, "the bot's welcome");
            await page.WaitForBotTextAsync(FirstLine(ActivityJson.VisibleText(welcome)));
            Assert.Equal("welcome", ActivityJson.Marker(welcome, "step"));
        });
    }

    [Fact]
    public async Task PageLoad_NewVisitor_RequestsOnlyLoopback()
    {
        await using var page = await OpenAsync(nameof(PageLoad_NewVisitor_RequestsOnlyLoopback));

        await page.WaitForBotActivityAsync(_ => true, "the bot's welcome");

        Assert.Empty(page.BlockedRequests);
    }

    [Fact]
    public async Task SendBox_Message_SentAndAnswered()
    {
        await using var page = await OpenAsync(nameof(SendBox_Message_SentAndAnswered));

        await page.ScreenshotOnFailureAsync(async () =>
        {
            await page.WaitForBotActivityAsync(_ => true, "the bot's welcome");
            var cursor = page.Activities.Count;
            await page.TypeAsync("help topics");
            await page.WaitForUserMessageSentAsync("help topics");
            var reply = await page.WaitForBotActivityAsync(_ => true, "the bot's reply", cursor);
            await page.WaitForBotTextAsync(FirstLine(ActivityJson.VisibleText(reply)));
        });
    }

    // The thanks and the question again are sent in one turn, often within one millisecond. Web Chat 4.18 sorts by
    // webchat:sequence-id (else by timestamp) and shows suggested actions only on the last message.
    [Fact]
    public async Task DescriptionAtFirstQuestion_ThanksShownAboveQuestion()
    {
        await using var page = await OpenAsync(nameof(DescriptionAtFirstQuestion_ThanksShownAboveQuestion));

        await page.ScreenshotOnFailureAsync(async () =>
        {
            await page.WaitForBotActivityAsync(a => ActivityJson.Marker(a, "prompt") == "cbmsUser", "the first-time question");
            var cursor = page.Activities.Count;
            await page.TypeAsync("When I press Submit on the income page PEAK shows the error ERR-500.");
            var question = await page.WaitForBotActivityAsync(a => ActivityJson.Marker(a, "prompt") == "cbmsUser", "the first-time question again", cursor);
            var thanks = await page.WaitForBotActivityAsync(a => ActivityJson.VisibleText(a).Contains("kept your description", StringComparison.Ordinal), "the thanks", cursor);
            Assert.True(SequenceId(thanks) < SequenceId(question), "The thanks does not sort before the question again.");
            Assert.True(Timestamp(thanks) < Timestamp(question), "The thanks is not older than the question again.");
            await page.WaitForBotTextAsync("kept your description");
            await page.WaitForButtonAsync("Yes");

            var bubbles = await page.ReadBotBubbleTextsAsync();
            var thanksBubble = bubbles.ToList().FindLastIndex(text => text.Contains("kept your description", StringComparison.Ordinal));
            var questionBubble = bubbles.ToList().FindLastIndex(text => text.Contains("Do you work in CBMS", StringComparison.Ordinal));
            Assert.True(thanksBubble < questionBubble, $"The thanks (bubble {thanksBubble}) is not above the question (bubble {questionBubble}).");
            Assert.Equal(bubbles.Count - 1, questionBubble);
        });
    }

    [Fact]
    public async Task Card_SubmitButtonClicked_BotAnswers()
    {
        await using var page = await OpenAsync(nameof(Card_SubmitButtonClicked_BotAnswers));

        await page.ScreenshotOnFailureAsync(async () =>
        {
            await page.WaitForBotActivityAsync(_ => true, "the bot's welcome");
            await page.WaitForBotActivityAsync(a => ActivityJson.Marker(a, "prompt") == "cbmsUser", "the first-time question");
            await page.TypeAsync("no");
            await page.WaitForBotActivityAsync(a => ActivityJson.Marker(a, "prompt") == "role", "the role question");
            await page.TypeAsync("CBO staff");
            var cardActivity = await page.WaitForBotActivityAsync(a => SubmitTitles(a).Any(), "a card with a submit button");
            var title = SubmitTitles(cardActivity).First();
            var cursor = page.Activities.Count;

            await page.ClickCardButtonAsync(title);

            var answer = await page.WaitForBotActivityAsync(_ => true, "the bot's answer to the card", cursor);
            Assert.False(string.IsNullOrWhiteSpace(ActivityJson.VisibleText(answer)));
        });
    }

    private async Task<PageDriver> OpenAsync(string testName) =>
        await PageDriver.OpenAsync(_chromium.Browser, _bot.Server.BaseAddress, testName);

    private static double SequenceId(JsonElement activity) =>
        activity.GetProperty("channelData").GetProperty("webchat:sequence-id").GetDouble();

    private static DateTimeOffset Timestamp(JsonElement activity) =>
        DateTimeOffset.Parse(activity.GetProperty("timestamp").GetString()!, System.Globalization.CultureInfo.InvariantCulture);

    private static string FirstLine(string text) =>
        text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).FirstOrDefault() ?? text;

    private static IEnumerable<string> SubmitTitles(JsonElement activity)
    {
        foreach (var card in ActivityJson.AdaptiveCards(activity))
        {
            if (!card.TryGetProperty("actions", out var actions) || actions.ValueKind != JsonValueKind.Array)
            {
                continue;
            }

            foreach (var action in actions.EnumerateArray())
            {
                if (action.TryGetProperty("type", out var type) && type.GetString() == "Action.Submit"
                    && action.TryGetProperty("title", out var title) && title.GetString() is { Length: > 0 } text)
                {
                    yield return text;
                }
            }
        }
    }
}
