using System.Text.Json;
using System.Text.Json.Nodes;
using HelpBot.Dialogs.FollowUp;
using HelpBot.Domain.Tickets;
using HelpBot.Protocol.Models;
using HelpBot.Runtime.Proactive;
using HelpBot.Runtime.State;
using HelpBot.Runtime.Turns;
using HelpBot.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;

namespace HelpBot.Dialogs.Tests.Conversation.FollowUp;

/// <summary>
/// One bot (service provider, storage, fake clock, recording proactive sender, captured logs) shared
/// by the conversations of an owner, a configured supervisor and a configured admin, so their turns
/// and the follow-up service act on the same tickets.
/// </summary>
internal sealed class FollowUpTestBot : IDisposable
{
    public const string OwnerId = "owner-1";
    public const string SupervisorId = "supervisor-1";
    public const string AdminId = "admin-1";

    // Monday 16 March 2026, 10:00 am in Denver (UTC-6, daylight saving time began on 8 March).
    public static readonly DateTimeOffset Monday = new(2026, 3, 16, 16, 0, 0, TimeSpan.Zero);

    private readonly ServiceProvider _provider;

    public FollowUpTestBot(bool withSupervisor = true)
    {
        var settings = new Dictionary<string, string?>
        {
            ["FollowUp:Admins:0:ChannelId"] = ChannelIds.Test,
            ["FollowUp:Admins:0:UserId"] = AdminId,
        };
        if (withSupervisor)
        {
            settings["FollowUp:Supervisors:0:ChannelId"] = ChannelIds.Test;
            settings["FollowUp:Supervisors:0:UserId"] = SupervisorId;
        }

        _provider = new ServiceCollection()
            .AddLogging(logging => logging.AddProvider(Logs).SetMinimumLevel(LogLevel.Trace))
            .AddSingleton<IStorage>(Storage)
            .AddSingleton<TimeProvider>(Time)
            .AddSingleton<IProactiveSender>(Proactive)
            .AddHelpBotConversation(new ConfigurationBuilder().AddInMemoryCollection(settings).Build())
            .BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
    }

    public WriteCapturingStorage Storage { get; } = new();

    public FakeTimeProvider Time { get; } = new(Monday);

    public RecordingProactiveSender Proactive { get; } = new();

    public CapturingLoggerProvider Logs { get; } = new();

    public IServiceProvider Services => _provider;

    public IFollowUpService FollowUp => _provider.GetRequiredService<IFollowUpService>();

    public ITicketStore Tickets => _provider.GetRequiredService<ITicketStore>();

    /// <summary>Creates the channel of one user's conversation; its replies stay queued across flows.</summary>
    public static TestAdapter Channel(string userId, string name) =>
        new($"conversation-{userId}") { User = new ChannelAccount(userId, name, RoleTypes.User), LocalTimezone = "America/Denver" };

    /// <summary>Creates a flow of turns over this bot; several flows on one adapter continue one conversation.</summary>
    public TestFlow Flow(TestAdapter adapter) => new(() => _provider.GetRequiredService<ITurnHandler>(), Storage, adapter);

    /// <summary>Returns the owner's only ticket.</summary>
    public async Task<Ticket> SingleTicketAsync(string ownerId = OwnerId) =>
        Assert.Single(await Tickets.ListByOwnerAsync(ChannelIds.Test, ownerId));

    /// <summary>Returns the <c>data</c> of the first Action.Submit in <paramref name="activity"/>'s cards whose action is <paramref name="action"/>.</summary>
    public static JsonObject SubmitData(Activity activity, string action)
    {
        foreach (var attachment in activity.Attachments ?? [])
        {
            var card = JsonNode.Parse(JsonSerializer.Serialize(attachment.Content))!;
            var found = FindSubmit(card, action);
            if (found is not null)
            {
                return found;
            }
        }

        throw new InvalidOperationException($"No submit with action '{action}' in the activity's cards.");
    }

    public void Dispose() => _provider.Dispose();

    private static JsonObject? FindSubmit(JsonNode? node, string action)
    {
        if (node is JsonArray array)
        {
            return array.Select(child => FindSubmit(child, action)).FirstOrDefault(found => found is not null);
        }

        if (node is not JsonObject item)
        {
            return null;
        }

        var isMatch = item["type"] is JsonValue type && type.GetValue<string>() == "Action.Submit"
            && item["data"]?["action"] is JsonValue value && value.GetValue<string>() == action;
        return isMatch
            ? (JsonObject)item["data"]!.DeepClone()
            : item.Select(pair => FindSubmit(pair.Value, action)).FirstOrDefault(found => found is not null);
    }
}
