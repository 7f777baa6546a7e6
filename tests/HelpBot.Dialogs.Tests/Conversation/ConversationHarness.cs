using System.Text.Json;
using System.Text.Json.Nodes;
using HelpBot.Dialogs.Conversation.Markers;
using HelpBot.Dialogs.Tests.Conversation.FollowUp;
using HelpBot.Protocol.Models;
using HelpBot.Runtime.Middleware;
using HelpBot.Runtime.Proactive;
using HelpBot.Runtime.State;
using HelpBot.Runtime.Storage;
using HelpBot.Runtime.Turns;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;

namespace HelpBot.Dialogs.Tests.Conversation;

/// <summary>
/// Runs HelpBot's conversation through a real turn pipeline (state middleware and the root handler from
/// <c>AddHelpBotConversation</c>) over one <see cref="MemoryStorage"/>, and records what the bot sends.
/// A new harness over the same storage is a restarted bot.
/// </summary>
internal sealed class ConversationHarness : IDisposable
{
    // 10 March 2026, 10:30 pm in Denver (UTC-6), late enough that "5pm today" and "7:15am" are in the past.
    public static readonly DateTimeOffset Start = new(2026, 3, 11, 4, 30, 0, TimeSpan.Zero);

    private readonly ServiceProvider _provider;
    private readonly TurnPipeline _pipeline;
    private readonly RecordingSender _sender = new();
    private int _nextId;

    public ConversationHarness(
        MemoryStorage? storage = null,
        FakeTimeProvider? time = null,
        string userId = "user-1",
        string conversationId = "conversation-1",
        IReadOnlyDictionary<string, string?>? settings = null)
    {
        Storage = storage ?? new MemoryStorage();
        Time = time ?? new FakeTimeProvider(Start);
        UserId = userId;
        ConversationId = conversationId;
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings ?? new Dictionary<string, string?>()).Build();
        var services = new ServiceCollection()
            .AddLogging(logging => logging.AddProvider(Logs).SetMinimumLevel(LogLevel.Trace))
            .AddSingleton<IStorage>(Storage)
            .AddSingleton<TimeProvider>(Time)
            .AddSingleton<IProactiveSender>(Proactive)
            .AddHelpBotConversation(configuration);
        _provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
        _pipeline = new TurnPipeline([new StateMiddleware(Storage)], _provider.GetRequiredService<ITurnHandler>());
    }

    public MemoryStorage Storage { get; }

    /// <summary>Proactive messages (reminders, escalations, owner notices) the bot sent.</summary>
    public RecordingProactiveSender Proactive { get; } = new();

    /// <summary>Every log message of the bot, formatted.</summary>
    public CapturingLoggerProvider Logs { get; } = new();

    public FakeTimeProvider Time { get; }

    public string UserId { get; }

    public string ConversationId { get; }

    public IServiceProvider Services => _provider;

    /// <summary>Every activity the bot sent, oldest first.</summary>
    public List<Activity> Sent => _sender.Sent;

    public Task<List<Activity>> SendTextAsync(string text) => SendAsync(CreateActivity(ActivityTypes.Message, text));

    /// <summary>Sends a card submit: <paramref name="value"/> as the activity's value, with no text.</summary>
    public Task<List<Activity>> SendValueAsync(JsonObject value)
    {
        var activity = CreateActivity(ActivityTypes.Message, null);
        activity.Value = JsonSerializer.SerializeToElement(value);
        return SendAsync(activity);
    }

    public async Task<List<Activity>> SendAsync(Activity activity)
    {
        var before = _sender.Sent.Count;
        await _pipeline.ProcessAsync(activity, _sender, CancellationToken.None);
        return _sender.Sent.GetRange(before, _sender.Sent.Count - before);
    }

    public Activity CreateActivity(string type, string? text) => new()
    {
        Type = type,
        Id = $"activity-{++_nextId}",
        Text = text,
        ChannelId = ChannelIds.Test,
        From = new ChannelAccount(UserId, "Dana Testperson", RoleTypes.User),
        Recipient = new ChannelAccount("bot", "HelpBot", RoleTypes.Bot),
        Conversation = new ConversationAccount(ConversationId),
        Timestamp = Time.GetUtcNow(),
        LocalTimezone = "America/Denver",
    };

    /// <summary>Returns the marker of the last activity that asks a question, or null.</summary>
    public HelpBotMarker? LastQuestion() =>
        Sent.Select(a => a.GetMarker()).LastOrDefault(m => m?.Prompt is not null);

    public void Dispose() => _provider.Dispose();

    private sealed class RecordingSender : IActivitySender
    {
        public List<Activity> Sent { get; } = [];

        public Task<ResourceResponse> SendAsync(Activity activity, CancellationToken cancellationToken)
        {
            Sent.Add(activity);
            return Task.FromResult(new ResourceResponse($"reply-{Sent.Count}"));
        }
    }
}
