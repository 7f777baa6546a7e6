using HelpBot.Protocol.Models;
using HelpBot.Runtime.State;

namespace HelpBot.Runtime.Turns;

/// <inheritdoc cref="ITurnContext"/>
public sealed class TurnContext : ITurnContext
{
    private readonly IActivitySender _sender;
    private Dictionary<string, object>? _items;

    public TurnContext(Activity activity, IActivitySender sender, TurnState? state = null)
    {
        ArgumentNullException.ThrowIfNull(activity);
        ArgumentNullException.ThrowIfNull(sender);
        Activity = activity;
        _sender = sender;
        State = state ?? new TurnState();
    }

    public Activity Activity { get; }

    public TurnState State { get; }

    public IDictionary<string, object> Items => _items ??= new Dictionary<string, object>(StringComparer.Ordinal);

    public bool Responded { get; private set; }

    public InvokeResponse? InvokeResponse { get; set; }

    public async Task<ResourceResponse> SendActivityAsync(Activity activity, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(activity);
        ApplyAddressing(activity);
        if (CardMessageText.IsDirectLineChannel(activity.ChannelId))
        {
            CardMessageText.MoveToSummary(activity);
        }

        var response = await _sender.SendAsync(activity, cancellationToken);
        if (activity.Type == ActivityTypes.Message)
        {
            Responded = true;
        }

        return response;
    }

    private void ApplyAddressing(Activity outbound)
    {
        var inbound = Activity;
        outbound.Type ??= ActivityTypes.Message;
        outbound.ChannelId ??= inbound.ChannelId;
        outbound.Conversation ??= inbound.Conversation;
        outbound.From ??= inbound.Recipient;
        outbound.Recipient ??= inbound.From;
        outbound.Locale ??= inbound.Locale;
        if (outbound.Type != ActivityTypes.Typing)
        {
            outbound.ReplyToId ??= inbound.Id;
        }
    }
}
