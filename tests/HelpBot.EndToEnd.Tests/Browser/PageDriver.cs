using System.Text.Json;
using HelpBot.EndToEnd.Tests.DirectLine;
using HelpBot.EndToEnd.Tests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace HelpBot.EndToEnd.Tests.Browser;

/// <summary>
/// Drives the bot's web chat page (the real botframework-webchat 4.18.1) in Chromium the way a
/// person does: typing into the send box, reading the transcript, filling card inputs by label
/// and pressing card buttons by name. It also keeps the activities Web Chat received, read from
/// the Direct Line WebSocket frames and polling responses, so tests can follow the bot's markers.
/// </summary>
internal sealed class PageDriver : IAsyncDisposable
{
    public static readonly TimeSpan DefaultTimeout = TimeSpan.FromSeconds(20);

    private const string SendBox = "[data-id=\"webchat-sendbox-input\"]";
    private const string UserBubble = ".webchat__bubble.webchat__bubble--from-user";
    private const string BotBubble = ".webchat__bubble:not(.webchat__bubble--from-user)";
    private const string TranscriptActivity = ".webchat__basic-transcript__activity";

    private readonly IBrowserContext _context;
    private readonly string _testName;
    private readonly HashSet<string> _activityIds = [];
    private readonly Lock _activityGate = new();

    private PageDriver(IBrowserContext context, IPage page, string testName)
    {
        _context = context;
        Page = page;
        _testName = testName;
    }

    public IPage Page { get; }

    /// <summary>Activities Web Chat received from the bot's Direct Line server, each once.</summary>
    public EventLog<JsonElement> Activities { get; } = new(a => $"{ActivityJson.Type(a)} {ActivityJson.Marker(a, "prompt") ?? ActivityJson.Marker(a, "step")}: {Truncate(ActivityJson.VisibleText(a))}");

    /// <summary>Requests the page tried to send anywhere but loopback; they were aborted.</summary>
    public List<string> BlockedRequests { get; } = [];

    /// <summary>Console errors and uncaught page errors, for failure messages.</summary>
    public List<string> PageErrors { get; } = [];

    /// <summary>Opens the bot's page in a fresh browser context and waits for the send box.</summary>
    public static async Task<PageDriver> OpenAsync(IBrowser browser, Uri baseAddress, string testName)
    {
        var context = await browser.NewContextAsync(new() { Locale = "en-US", TimezoneId = "America/Denver" });
        context.SetDefaultTimeout((float)DefaultTimeout.TotalMilliseconds);
        var page = await context.NewPageAsync();
        var driver = new PageDriver(context, page, testName);
        await driver.WatchAsync();
        await page.GotoAsync(baseAddress.ToString());
        await Expect(page.Locator(SendBox)).ToBeVisibleAsync(new() { Timeout = 30_000 });
        return driver;
    }

    /// <summary>Types into the send box and presses Enter.</summary>
    public async Task TypeAsync(string text)
    {
        var sendBox = Page.Locator(SendBox);
        await sendBox.FillAsync(text);
        await sendBox.PressAsync("Enter");
    }

    /// <summary>Waits until the user's message shows in the transcript as sent: not "Sending", not "Send failed".</summary>
    public async Task WaitForUserMessageSentAsync(string text)
    {
        var activity = Page.Locator(TranscriptActivity)
            .Filter(new() { Has = Page.Locator(UserBubble), HasText = text })
            .Last;
        await Expect(activity).ToBeVisibleAsync();
        await Expect(activity.Locator(".webchat__activity-status--sending")).ToHaveCountAsync(0, new() { Timeout = 30_000 });
        await Expect(activity).Not.ToContainTextAsync("Send failed");
    }

    /// <summary>Waits for a bot bubble (text or card) that contains <paramref name="contains"/>.</summary>
    public async Task WaitForBotTextAsync(string contains, TimeSpan? timeout = null)
    {
        var bubble = Page.Locator(BotBubble).Filter(new() { HasText = contains }).Last;
        await Expect(bubble).ToBeVisibleAsync(new() { Timeout = (float)(timeout ?? DefaultTimeout).TotalMilliseconds });
    }

    /// <summary>Fills the newest card input with this label: a text box by role and name, else any control with the label.</summary>
    public async Task FillCardInputAsync(string label, string value)
    {
        var textBox = Page.GetByRole(AriaRole.Textbox, new() { Name = label, Exact = true });
        var input = await textBox.CountAsync() > 0 ? textBox.Last : Page.GetByLabel(label, new() { Exact = true }).Last;
        await input.FillAsync(value);
    }

    /// <summary>Returns the visible text of each bot bubble, in the order the transcript shows them.</summary>
    public Task<IReadOnlyList<string>> ReadBotBubbleTextsAsync() => Page.Locator(BotBubble).AllInnerTextsAsync();

    /// <summary>Waits until a button with this name, such as a suggested action, is visible.</summary>
    public async Task WaitForButtonAsync(string name)
    {
        await Expect(Page.GetByRole(AriaRole.Button, new() { Name = name, Exact = true }).Last).ToBeVisibleAsync();
    }

    /// <summary>Presses the newest button with this name, such as a card's submit action.</summary>
    public async Task ClickCardButtonAsync(string name)
    {
        await Page.GetByRole(AriaRole.Button, new() { Name = name, Exact = true }).Last.ClickAsync();
    }

    /// <summary>Waits for a bot message that Web Chat received and that matches, from activity <paramref name="startIndex"/> on.</summary>
    public Task<JsonElement> WaitForBotActivityAsync(Func<JsonElement, bool> predicate, string description, int startIndex = 0, TimeSpan? timeout = null) =>
        Activities.WaitForAsync(a => ActivityJson.IsBotMessage(a) && predicate(a), timeout ?? DefaultTimeout, description, startIndex);

    /// <summary>Runs the steps; when one fails, saves a full-page screenshot under TestResults/screenshots and rethrows.</summary>
    public async Task ScreenshotOnFailureAsync(Func<Task> steps)
    {
        try
        {
            await steps();
        }
        catch (Exception exception)
        {
            var path = await SaveScreenshotAsync();
            throw new InvalidOperationException($"{exception.Message}{Environment.NewLine}Screenshot: {path}{Environment.NewLine}Page errors: {string.Join(" | ", PageErrors)}", exception);
        }
    }

    public async Task<string> SaveScreenshotAsync()
    {
        var directory = Path.Combine(RepositoryPaths.TestResultsDirectory, "screenshots");
        Directory.CreateDirectory(directory);
        var path = Path.Combine(directory, $"{_testName}.png");
        await Page.ScreenshotAsync(new() { Path = path, FullPage = true });
        return path;
    }

    public async ValueTask DisposeAsync()
    {
        await _context.CloseAsync();
    }

    private static string Truncate(string text) => text.Length <= 120 ? text.ReplaceLineEndings(" ") : $"{text[..120].ReplaceLineEndings(" ")}...";

    private async Task WatchAsync()
    {
        await _context.RouteAsync("**/*", async route =>
        {
            if (IsLoopback(route.Request.Url))
            {
                await route.ContinueAsync();
                return;
            }

            lock (BlockedRequests)
            {
                BlockedRequests.Add(route.Request.Url);
            }

            await route.AbortAsync("blockedbyclient");
        });
        Page.Console += (_, message) => RecordConsole(message);
        Page.PageError += (_, error) => RecordError($"page error: {error}");
        Page.WebSocket += (_, socket) => socket.FrameReceived += (_, frame) => AddActivitySet(frame.Text);
        Page.Response += async (_, response) => await RecordPollingAsync(response);
    }

    private static bool IsLoopback(string url)
    {
        var uri = new Uri(url);
        return uri.Scheme is "data" or "blob" || uri.Host is "127.0.0.1" or "localhost" or "[::1]";
    }

    private void RecordConsole(IConsoleMessage message)
    {
        if (message.Type == "error")
        {
            RecordError($"console: {message.Text}");
        }
    }

    private void RecordError(string text)
    {
        lock (PageErrors)
        {
            PageErrors.Add(text);
        }
    }

    private async Task RecordPollingAsync(IResponse response)
    {
        if (response.Request.Method != "GET" || !response.Url.Contains("/activities", StringComparison.Ordinal) || !response.Ok)
        {
            return;
        }

        try
        {
            AddActivitySet(await response.TextAsync());
        }
        catch (PlaywrightException)
        {
            // The page navigated away or closed before the body was read.
        }
    }

    private void AddActivitySet(string? json)
    {
        if (string.IsNullOrWhiteSpace(json))
        {
            return;
        }

        try
        {
            using var document = JsonDocument.Parse(json);
            if (document.RootElement.ValueKind != JsonValueKind.Object
                || !document.RootElement.TryGetProperty("activities", out var activities))
            {
                return;
            }

            foreach (var activity in activities.EnumerateArray())
            {
                AddActivity(activity);
            }
        }
        catch (JsonException exception)
        {
            RecordError($"unreadable activity set: {exception.Message}");
        }
    }

    private void AddActivity(JsonElement activity)
    {
        var id = ActivityJson.Id(activity);
        lock (_activityGate)
        {
            if (id is not null && !_activityIds.Add(id))
            {
                return;
            }
        }

        Activities.Add(activity.Clone());
    }
}
