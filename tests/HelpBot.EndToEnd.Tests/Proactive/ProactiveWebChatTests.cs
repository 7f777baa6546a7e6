using HelpBot.Bot.Channels.DirectLine;
using HelpBot.Dialogs.FollowUp;
using HelpBot.Domain.Systems;
using HelpBot.Domain.Tickets;
using HelpBot.EndToEnd.Tests.Browser;
using HelpBot.Protocol.Models;
using HelpBot.Runtime.Proactive;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace HelpBot.EndToEnd.Tests.Proactive;

/// <summary>
/// Reminders reach the real web chat page in Chromium: while it is open, and after it was closed
/// and opened again in a new tab of the same browser profile.
/// </summary>
[Trait("Category", "EndToEnd")]
public sealed class ProactiveWebChatTests(ChromiumFixture chromium) : IClassFixture<ChromiumFixture>, IDisposable
{
    private const string SendBox = "[data-id=\"webchat-sendbox-input\"]";
    private const string BotBubble = ".webchat__bubble:not(.webchat__bubble--from-user)";
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(30);

    private readonly DirectoryInfo _data = Directory.CreateTempSubdirectory("helpbot-proactive-");
    private KestrelBotFactory? _factory;

    public void Dispose()
    {
        _factory?.Dispose();
        _data.Delete(recursive: true);
    }

    [Fact]
    public async Task Reminder_PageOpen_Arrives()
    {
        var (address, sender) = StartBot();
        await using var context = await NewContextAsync();
        var page = await OpenPageAsync(context, address);
        var userId = await ReadSessionAsync(page, "userId");
        await WaitForStreamsAsync(await ReadSessionAsync(page, "conversationId"), open: true);

        var delivery = await SendAsync(sender, userId, "Reminder: ticket 1B00000 is past its promised time frame.");

        Assert.Equal(ProactiveDelivery.Sent, delivery);
        await Expect(BotBubbles(page, "Reminder: ticket 1B00000 is past its promised time frame.")).ToBeVisibleAsync(new() { Timeout = (float)Timeout.TotalMilliseconds });
    }

    [Fact]
    public async Task Reminder_SentWhileClosed_ArrivesInNewTabOnce()
    {
        var (address, sender) = StartBot();
        await using var context = await NewContextAsync();
        var first = await OpenPageAsync(context, address);
        var userId = await ReadSessionAsync(first, "userId");
        var conversationId = await ReadSessionAsync(first, "conversationId");
        await first.CloseAsync();
        await WaitForStreamsAsync(conversationId, open: false);

        var delivery = await SendAsync(sender, userId, "Reminder: call the Service Center about ticket 1B00001.");
        var second = await OpenPageAsync(context, address);

        Assert.Equal(ProactiveDelivery.Queued, delivery);
        var reminder = BotBubbles(second, "Reminder: call the Service Center about ticket 1B00001.");
        await Expect(reminder).ToBeVisibleAsync(new() { Timeout = (float)Timeout.TotalMilliseconds });
        Assert.Equal(userId, await ReadSessionAsync(second, "userId"));
        Assert.NotEqual(conversationId, await ReadSessionAsync(second, "conversationId"));
        Assert.Equal(1, await reminder.CountAsync());
    }

    [Fact]
    public async Task Reminder_DueInFollowUpService_ArrivesAsCard()
    {
        // Monday 4 January 2027, 10:00 in Denver (UTC-7): inside working hours.
        var clock = new ManualClock(new DateTimeOffset(2027, 1, 4, 17, 0, 0, TimeSpan.Zero));
        var (address, _) = StartBot(clock);
        await using var context = await NewContextAsync();
        var page = await OpenPageAsync(context, address);
        var userId = await ReadSessionAsync(page, "userId");
        await WaitForStreamsAsync(await ReadSessionAsync(page, "conversationId"), open: true);
        var ticketId = await CreateTicketAsync(userId, clock.GetUtcNow());

        clock.Advance(TimeSpan.FromDays(2));
        var sent = await _factory!.Services.GetRequiredService<IFollowUpService>().SendDueAsync(CancellationToken.None);

        Assert.True(sent >= 1, $"The follow-up service sent {sent} notices.");
        await Expect(page.GetByText($"No update yet on ticket {ticketId}").First).ToBeVisibleAsync(new() { Timeout = (float)Timeout.TotalMilliseconds });
    }

    [Fact]
    public async Task Reminders_TwoTicketsDueTogether_ArriveAsOneMessage()
    {
        // Monday 4 January 2027, 10:00 in Denver (UTC-7): inside working hours.
        var clock = new ManualClock(new DateTimeOffset(2027, 1, 4, 17, 0, 0, TimeSpan.Zero));
        var (address, _) = StartBot(clock);
        await using var context = await NewContextAsync();
        var page = await OpenPageAsync(context, address);
        var userId = await ReadSessionAsync(page, "userId");
        await WaitForStreamsAsync(await ReadSessionAsync(page, "conversationId"), open: true);
        var first = await CreateTicketAsync(userId, clock.GetUtcNow());
        var second = await CreateTicketAsync(userId, clock.GetUtcNow());

        clock.Advance(TimeSpan.FromDays(2));
        var sent = await _factory!.Services.GetRequiredService<IFollowUpService>().SendDueAsync(CancellationToken.None);

        Assert.Equal(2, sent);
        var message = page.Locator(BotBubble).Filter(new() { HasText = "No update yet on 2 tickets" });
        await Expect(message).ToHaveCountAsync(1, new() { Timeout = (float)Timeout.TotalMilliseconds });
        await Expect(page.GetByText($"No update yet on ticket {first}").First).ToBeVisibleAsync(new() { Timeout = (float)Timeout.TotalMilliseconds });
        await Expect(page.GetByText($"No update yet on ticket {second}").First).ToBeVisibleAsync(new() { Timeout = (float)Timeout.TotalMilliseconds });
    }

    // A logged Service Center call whose promised update is due a day later.
    private async Task<string> CreateTicketAsync(string userId, DateTimeOffset now)
    {
        var stored = await _factory!.Services.GetRequiredService<ITicketStore>().CreateAsync(new Ticket
        {
            Id = $"T{Guid.NewGuid():N}"[..12],
            System = SupportSystems.ConnectForHealth,
            OwnerId = userId,
            ChannelId = ChannelIds.WebChat,
            CreatedAt = now,
            PromisedUpdateBy = now.AddDays(1),
            Status = TicketStatus.Reported,
            TimeZone = "America/Denver",
        });
        await _factory.Services.GetRequiredService<IFollowUpService>().OnTicketCreatedAsync(stored, CancellationToken.None);
        return stored.Id;
    }

    private (Uri Address, IProactiveSender Sender) StartBot(TimeProvider? clock = null)
    {
        _factory = new KestrelBotFactory(_data.FullName, clock);
        var address = _factory.Start();
        return (address, _factory.Services.GetRequiredService<IProactiveSender>());
    }

    private Task<IBrowserContext> NewContextAsync() =>
        chromium.Browser.NewContextAsync(new() { Locale = "en-US", TimezoneId = "America/Denver" });

    private static async Task<IPage> OpenPageAsync(IBrowserContext context, Uri address)
    {
        var page = await context.NewPageAsync();
        await page.GotoAsync(address.ToString());
        await Expect(page.Locator(SendBox)).ToBeVisibleAsync(new() { Timeout = (float)Timeout.TotalMilliseconds });
        return page;
    }

    private static ILocator BotBubbles(IPage page, string text) =>
        page.Locator(BotBubble).Filter(new() { HasText = text });

    // The page saves its session once Direct Line is online.
    private static async Task<string> ReadSessionAsync(IPage page, string field)
    {
        var handle = await page.WaitForFunctionAsync(
            $"() => {{ const s = JSON.parse(sessionStorage.getItem('helpbot.webchat.session') || 'null'); return s && s.{field}; }}",
            null,
            new() { Timeout = (float)Timeout.TotalMilliseconds });
        return await handle.JsonValueAsync<string>();
    }

    // Whether a page counts as connected is decided by its WebSocket stream on the server.
    private async Task WaitForStreamsAsync(string conversationId, bool open)
    {
        var hub = _factory!.Services.GetRequiredService<DirectLineStreamHub>();
        var deadline = DateTime.UtcNow + Timeout;
        while (hub.CountStreams(conversationId) > 0 != open)
        {
            Assert.True(DateTime.UtcNow < deadline, open ? "The page's Direct Line stream did not open." : "The closed page's Direct Line stream is still open.");
            await Task.Delay(50);
        }
    }

    private static Task<ProactiveDelivery> SendAsync(IProactiveSender sender, string userId, string text) =>
        sender.SendAsync(new ProactiveAddress(ChannelIds.WebChat, userId), [new Activity { Type = ActivityTypes.Message, Text = text }], CancellationToken.None);
}
