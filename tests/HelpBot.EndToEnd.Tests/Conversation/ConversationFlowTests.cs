using System.Text.Json;
using System.Text.RegularExpressions;
using HelpBot.EndToEnd.Tests.Browser;
using HelpBot.EndToEnd.Tests.DirectLine;
using HelpBot.EndToEnd.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace HelpBot.EndToEnd.Tests.Conversation;

/// <summary>
/// The two flows the product exists for, typed in the web chat page as CBO staff would:
/// a PEAK report that ends with the e-mail draft and a Connect for Health Colorado report that
/// ends with the call checklist.
/// </summary>
[Trait("Category", "Conversation")]
public sealed partial class ConversationFlowTests : IClassFixture<BotServerFixture>, IClassFixture<ChromiumFixture>
{
    private static readonly TimeSpan CardTimeout = TimeSpan.FromSeconds(30);

    private readonly BotServerFixture _bot;
    private readonly ChromiumFixture _chromium;

    public ConversationFlowTests(BotServerFixture bot, ChromiumFixture chromium)
    {
        _bot = bot;
        _chromium = chromium;
    }

    [Fact]
    public async Task PeakReport_SsnInDescription_DraftRedacted()
    {
        await using var page = await PageDriver.OpenAsync(_chromium.Browser, _bot.Server.BaseAddress, nameof(PeakReport_SsnInDescription_DraftRedacted));

        await page.ScreenshotOnFailureAsync(async () =>
        {
            await page.WaitForBotActivityAsync(_ => true, "the bot's welcome");
            var draft = await new BrowserConversation(page, ConversationScript.ForPeak()).RunAsync(FakeReport.PeakDescription);
            var draftText = ActivityJson.VisibleText(draft);
            var renderedCard = page.Page.Locator(".webchat__bubble").Filter(new() { HasText = FakeReport.CbmsHelpEmail }).Last;
            await Expect(renderedCard).ToBeVisibleAsync(new() { Timeout = (float)CardTimeout.TotalMilliseconds });
            var renderedText = await renderedCard.InnerTextAsync();

            Assert.Empty(await ValidateCardsAsync(draft));
            Assert.Contains(FakeReport.CbmsHelpEmail, draftText);
            Assert.Contains(FakeReport.CaseNumber, draftText);
            Assert.Contains(FakeReport.PeakPage, draftText);
            Assert.Contains(FakeReport.StepsTried, draftText);
            Assert.Contains(FakeReport.Impact, draftText);
            Assert.Contains("[SSN]", draftText);
            Assert.DoesNotContain(FakeReport.Ssn, draftText);
            Assert.DoesNotContain(FakeReport.Ssn, renderedText);
            Assert.Contains("[SSN]", renderedText);
        });
    }

    [Fact]
    public async Task ConnectReport_Typed_ChecklistHasTelLink()
    {
        await using var page = await PageDriver.OpenAsync(_chromium.Browser, _bot.Server.BaseAddress, nameof(ConnectReport_Typed_ChecklistHasTelLink));

        await page.ScreenshotOnFailureAsync(async () =>
        {
            await page.WaitForBotActivityAsync(_ => true, "the bot's welcome");
            var checklist = await new BrowserConversation(page, ConversationScript.ForConnectForHealth()).RunAsync(FakeReport.ConnectDescription);
            var renderedCard = page.Page.Locator(".webchat__bubble").Filter(new() { HasText = FakeReport.ServiceCenterNumber }).Last;
            await Expect(renderedCard).ToBeVisibleAsync(new() { Timeout = (float)CardTimeout.TotalMilliseconds });

            Assert.Empty(await ValidateCardsAsync(checklist));
            Assert.Contains(ActionUrls(checklist), url => TelLink().IsMatch(url));
            Assert.Contains(FakeReport.ServiceCenterNumber, ActivityJson.VisibleText(checklist));
        });
    }

    // Reads the parsed card, so the check does not depend on how a serializer escapes '+'.
    private static IEnumerable<string> ActionUrls(JsonElement activity)
    {
        foreach (var card in ActivityJson.AdaptiveCards(activity))
        {
            if (!card.TryGetProperty("actions", out var actions) || actions.ValueKind != JsonValueKind.Array)
            {
                continue;
            }

            foreach (var action in actions.EnumerateArray())
            {
                if (action.TryGetProperty("url", out var url) && url.ValueKind == JsonValueKind.String)
                {
                    yield return url.GetString()!;
                }
            }
        }
    }

    [GeneratedRegex(@"^tel:\+?1-?855-?752-?6749$", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex TelLink();

    private static async Task<List<string>> ValidateCardsAsync(JsonElement activity)
    {
        var problems = new List<string>();
        foreach (var card in ActivityJson.AdaptiveCards(activity))
        {
            problems.AddRange(await AdaptiveCardValidator.ValidateAsync(card));
        }

        return problems;
    }
}
