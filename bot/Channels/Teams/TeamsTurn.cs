using HelpBot.Protocol.Models;
using HelpBot.Runtime.Turns;

namespace HelpBot.Bot.Channels.Teams;

/// <summary>
/// What the channel layer runs for one inbound activity: the activity the dialogs see (possibly
/// rewritten, or none), the sender, and how an <c>adaptiveCard/action</c> invoke is answered.
/// </summary>
public sealed class TeamsTurn
{
    private readonly TeamsActivitySender? _teamsSender;

    public TeamsTurn(Activity? turnActivity, IActivitySender sender, bool isCardAction = false, InvokeResponse? presetResponse = null)
    {
        PresetResponse = presetResponse;
        TurnActivity = turnActivity;
        Sender = sender;
        IsCardAction = isCardAction;
        _teamsSender = sender as TeamsActivitySender;
    }

    /// <summary>The activity to run through the turn pipeline; null when the channel layer handled it alone.</summary>
    public Activity? TurnActivity { get; }

    public IActivitySender Sender { get; }

    /// <summary>Whether the inbound activity was an <c>Action.Execute</c> invoke that runs as a message turn.</summary>
    public bool IsCardAction { get; }

    /// <summary>The invoke response the channel layer decided without running a turn, such as 400 for a malformed card action.</summary>
    public InvokeResponse? PresetResponse { get; }

    /// <summary>A turn for a non-Teams activity: the activity and sender unchanged.</summary>
    public static TeamsTurn Passthrough(Activity activity, IActivitySender sender) => new(activity, sender);

    /// <summary>
    /// The invoke response of a card action that finished in time: the card the bot sent in the
    /// turn, or a short message when it sent none. Other turns keep <paramref name="pipelineResponse"/>.
    /// </summary>
    public InvokeResponse? CompleteInvoke(InvokeResponse? pipelineResponse)
    {
        if (PresetResponse is not null || !IsCardAction)
        {
            return PresetResponse ?? pipelineResponse;
        }

        return _teamsSender?.CapturedCard is { } card
            ? AdaptiveCardInvokeResponses.Card(card)
            : AdaptiveCardInvokeResponses.Message(TeamsMessages.ActionDone);
    }

    /// <summary>
    /// Called when the turn outlives the channel's request: a card held for the invoke response is
    /// sent as a message instead, and later cards go out normally.
    /// </summary>
    public Task DetachAsync(CancellationToken cancellationToken) =>
        _teamsSender?.ReleaseCaptureAsync(cancellationToken) ?? Task.CompletedTask;
}
