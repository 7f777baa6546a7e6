using System.Net;
using System.Text;
using System.Text.Json;
using HelpBot.Dialogs.FollowUp;
using HelpBot.Domain.Systems;
using HelpBot.Domain.Tickets;
using HelpBot.Protocol.Models;
using HelpBot.Protocol.Serialization;
using Microsoft.Extensions.DependencyInjection;

namespace HelpBot.EndToEnd.Tests.Proactive;

/// <summary>
/// The real host with SQLite in a temporary folder and a clock the test sets: reminders that come
/// due while the bot is stopped are sent once after it starts again, through the Bot Connector.
/// </summary>
[Trait("Category", "EndToEnd")]
public sealed class ReminderRestartTests : IAsyncLifetime
{
    // Monday 4 January 2027, 10:00 in Denver (UTC-7): inside working hours.
    private static readonly DateTimeOffset Start = new(2027, 1, 4, 17, 0, 0, TimeSpan.Zero);
    private static readonly TimeSpan Quiet = TimeSpan.FromSeconds(3);

    private readonly DirectoryInfo _data = Directory.CreateTempSubdirectory("helpbot-restart-");
    private readonly ManualClock _clock = new(Start);
    private readonly Dictionary<string, string> _userOf = [];
    private ConnectorRecorder _connector = null!;

    public async Task InitializeAsync() => _connector = await ConnectorRecorder.StartAsync();

    public async Task DisposeAsync()
    {
        await _connector.DisposeAsync();
        _data.Delete(recursive: true);
    }

    [Fact]
    public async Task Restart_RemindersDueWhileStopped_EachSentOnce()
    {
        var conversations = new List<string>();
        using (var first = CreateHost())
        {
            first.Start();
            for (var i = 0; i < 2; i++)
            {
                conversations.Add(await CreateTicketAsync(first, i));
            }
        }

        Assert.Empty(_connector.Activities);
        _clock.Advance(TimeSpan.FromDays(3));
        using (var second = CreateHost())
        {
            second.Start();
            await WaitForRemindersAsync(conversations);
            await Task.Delay(Quiet);
        }

        using (var third = CreateHost())
        {
            third.Start();
            await Task.Delay(Quiet);
        }

        foreach (var conversationId in conversations)
        {
            Assert.Single(_connector.Activities, activity => activity.Conversation?.Id == conversationId);
        }
    }

    [Fact]
    public async Task Restart_TwoTicketsOfOneUserDue_OneTeamsMessage()
    {
        string conversationId;
        using (var first = CreateHost())
        {
            first.Start();
            conversationId = await CreateTicketAsync(first, 0);
            await CreateTicketAsync(first, 1, conversationId);
        }

        _clock.Advance(TimeSpan.FromDays(3));
        using (var second = CreateHost())
        {
            second.Start();
            await WaitForRemindersAsync([conversationId]);
            await Task.Delay(Quiet);
        }

        var message = Assert.Single(_connector.Activities, activity => activity.Conversation?.Id == conversationId);
        Assert.Equal(3, message.Attachments!.Count);
        Assert.All(message.Attachments, attachment => Assert.Equal("application/vnd.microsoft.card.adaptive", attachment.ContentType));
        Assert.Contains("No update yet on 2 tickets", message.Text, StringComparison.Ordinal);
    }

    private KestrelBotFactory CreateHost() => new(_data.FullName, _clock);

    // One Teams message turn, so the bot keeps the user's conversation reference, then a ticket
    // whose promised update time passes while the bot is stopped.
    // A second ticket of the same user passes the conversation of the first.
    private async Task<string> CreateTicketAsync(KestrelBotFactory host, int index, string? sameUserConversation = null)
    {
        var userId = sameUserConversation is null ? $"29:user-{index}-{Guid.NewGuid():N}" : _userOf[sameUserConversation];
        var conversationId = sameUserConversation ?? $"a:personal-{index}-{Guid.NewGuid():N}";
        _userOf[conversationId] = userId;
        using var response = await host.CreateClient().PostAsync(new Uri("/api/messages", UriKind.Relative), CreateMessage(userId, conversationId));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);

        var tickets = host.Services.GetRequiredService<ITicketStore>();
        var stored = await tickets.CreateAsync(new Ticket
        {
            Id = $"ticket-{index}-{Guid.NewGuid():N}",
            System = SupportSystems.ConnectForHealth,
            OwnerId = userId,
            ChannelId = ChannelIds.MsTeams,
            ConversationId = conversationId,
            CreatedAt = Start,
            PromisedUpdateBy = Start.AddDays(1),
            Status = TicketStatus.Reported,
            TimeZone = "America/Denver",
        });
        await host.Services.GetRequiredService<IFollowUpService>().OnTicketCreatedAsync(stored, CancellationToken.None);
        return conversationId;
    }

    private StringContent CreateMessage(string userId, string conversationId)
    {
        var activity = new Activity
        {
            Type = ActivityTypes.Message,
            Id = $"activity-{Guid.NewGuid():N}",
            ChannelId = ChannelIds.MsTeams,
            ServiceUrl = _connector.BaseAddress.AbsoluteUri,
            Text = "help topics",
            From = new ChannelAccount(userId, "Dana Testperson", RoleTypes.User),
            Recipient = new ChannelAccount("28:helpbot", "HelpBot", RoleTypes.Bot),
            Conversation = new ConversationAccount(conversationId) { ConversationType = "personal", TenantId = "tenant-1" },
        };
        return new StringContent(JsonSerializer.Serialize(activity, ProtocolJsonContext.Default.Activity), Encoding.UTF8, "application/json");
    }

    private async Task WaitForRemindersAsync(List<string> conversations)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(30);
        while (!conversations.All(id => _connector.Activities.Any(activity => activity.Conversation?.Id == id)))
        {
            Assert.True(DateTime.UtcNow < deadline, $"Reminders reached {_connector.Activities.Count} conversations of {conversations.Count}.");
            await Task.Delay(50);
        }
    }
}
