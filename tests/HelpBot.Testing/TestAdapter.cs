using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using HelpBot.Protocol.Models;
using HelpBot.Protocol.Serialization;
using HelpBot.Runtime.Turns;

namespace HelpBot.Testing;

/// <summary>
/// An in-memory channel for conversation tests: builds inbound activities on channel
/// <c>test</c> with fixed conversation, user and bot accounts, and collects the bot's replies in
/// order. Inbound and outbound activities go through a JSON round trip with the protocol's
/// serializers, so anything that would not survive the wire fails here too.
/// </summary>
public sealed class TestAdapter : IActivitySender
{
    private readonly Queue<Activity> _replies = new();
    private int _nextId;

    public TestAdapter(string conversationId = "test-conversation")
    {
        Conversation = new ConversationAccount(conversationId);
    }

    public string ChannelId { get; set; } = ChannelIds.Test;

    public ConversationAccount Conversation { get; }

    public ChannelAccount User { get; set; } = new("test-user", "Dana Testperson", RoleTypes.User);

    public ChannelAccount Bot { get; set; } = new("test-bot", "HelpBot", RoleTypes.Bot);

    public string Locale { get; set; } = "en-US";

    /// <summary>IANA zone put in <c>localTimezone</c> of inbound activities; null leaves it out.</summary>
    public string? LocalTimezone { get; set; }

    /// <summary>Every reply not yet taken by an assertion, oldest first.</summary>
    public IReadOnlyCollection<Activity> PendingReplies => _replies;

    /// <summary>Creates a message activity with <paramref name="text"/>.</summary>
    public Activity MakeMessage(string? text) => MakeActivity(ActivityTypes.Message, activity => activity.Text = text);

    /// <summary>Creates a message activity whose <c>value</c> is <paramref name="value"/>, as a card submit sends.</summary>
    public Activity MakeValueMessage(JsonNode value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var element = JsonDocument.Parse(value.ToJsonString()).RootElement.Clone();
        return MakeActivity(ActivityTypes.Message, activity => activity.Value = element);
    }

    /// <summary>Creates a conversation update that adds the user and the bot.</summary>
    public Activity MakeConversationUpdate() => MakeActivity(ActivityTypes.ConversationUpdate, activity =>
        activity.MembersAdded = [Copy(User), Copy(Bot)]);

    /// <summary>Fills the addressing fields that <paramref name="activity"/> leaves empty.</summary>
    public Activity Address(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        activity.Type ??= ActivityTypes.Message;
        activity.Id ??= NextId();
        activity.ChannelId ??= ChannelId;
        activity.Conversation ??= new ConversationAccount(Conversation.Id!);
        activity.From ??= Copy(User);
        activity.Recipient ??= Copy(Bot);
        activity.Locale ??= Locale;
        activity.LocalTimezone ??= LocalTimezone;
        activity.Timestamp ??= DateTimeOffset.UtcNow;
        activity.ServiceUrl ??= "http://127.0.0.1/test";
        return RoundTrip(activity);
    }

    /// <summary>Takes the oldest reply not yet taken, or null when there is none.</summary>
    public Activity? TakeReply() => _replies.TryDequeue(out var reply) ? reply : null;

    /// <inheritdoc/>
    public Task<ResourceResponse> SendAsync(Activity activity, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var copy = RoundTrip(activity);
        copy.Id ??= NextId();
        _replies.Enqueue(copy);
        return Task.FromResult(new ResourceResponse(copy.Id));
    }

    private Activity MakeActivity(string type, Action<Activity> fill)
    {
        var activity = new Activity { Type = type };
        fill(activity);
        return Address(activity);
    }

    private string NextId() => (++_nextId).ToString(CultureInfo.InvariantCulture);

    private static ChannelAccount Copy(ChannelAccount account) => new(account.Id!, account.Name, account.Role);

    private static Activity RoundTrip(Activity activity)
    {
        var json = JsonSerializer.SerializeToUtf8Bytes(activity, ProtocolJsonContext.Default.Activity);
        return JsonSerializer.Deserialize(json, ProtocolJsonContext.Default.Activity)!;
    }
}
