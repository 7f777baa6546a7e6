using System.Text.Json;
using HelpBot.Protocol.Models;
using HelpBot.Runtime.Turns;

namespace HelpBot.Bot.Channels.Teams;

/// <summary>
/// The sender of a Teams turn. Teams always renders Adaptive Cards, so the plain-text fallback of a
/// card message becomes its <c>summary</c> (the notification preview) instead of a second message.
/// Messages over the size budget are split (<see cref="TeamsMessageSplitter"/>). In a turn started by <c>Action.Execute</c> it keeps the
/// first Adaptive Card the bot sends instead of posting it, because that card becomes the invoke
/// response; every other activity goes out through the inner sender.
/// </summary>
public sealed class TeamsActivitySender(IActivitySender inner, int maxMessageBytes, bool captureFirstCard) : IActivitySender
{
    // Teams shows the summary in notifications and the chat list, where only a line fits.
    private const int MaxSummaryLength = 200;

    private readonly Lock _sync = new();
    private bool _capturing = captureFirstCard;
    private Activity? _captured;

    /// <summary>The first card of the turn, while it is held for the invoke response.</summary>
    public JsonElement? CapturedCard
    {
        get
        {
            lock (_sync)
            {
                return _captured?.Attachments?[0].Content;
            }
        }
    }

    public async Task<ResourceResponse> SendAsync(Activity activity, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activity);
        CardMessageText.MoveToSummary(activity, MaxSummaryLength);
        if (TryCapture(activity))
        {
            return new ResourceResponse(activity.Id ?? "");
        }

        return await SendSplitAsync(activity, cancellationToken);
    }

    /// <summary>
    /// Stops capturing, for a turn that outlived the channel's request: a card already held is sent
    /// as a message, because no invoke response can carry it any more.
    /// </summary>
    public async Task ReleaseCaptureAsync(CancellationToken cancellationToken)
    {
        Activity? held;
        lock (_sync)
        {
            _capturing = false;
            held = _captured;
            _captured = null;
        }

        if (held is not null)
        {
            await SendSplitAsync(held, cancellationToken);
        }
    }

    // Only a message whose one attachment is an Adaptive Card can become the invoke response.
    private bool TryCapture(Activity activity)
    {
        var isCardOnly = activity.Type == ActivityTypes.Message && string.IsNullOrEmpty(activity.Text)
            && activity.Attachments is [{ ContentType: ContentTypes.AdaptiveCard, Content: not null }];

        // A card over the size budget cannot be an invoke response; it is sent split instead.
        if (!isCardOnly || TeamsMessageSplitter.SizeOf(activity) > maxMessageBytes)
        {
            return false;
        }

        lock (_sync)
        {
            if (!_capturing)
            {
                return false;
            }

            _capturing = false;
            _captured = activity;
            return true;
        }
    }

    private async Task<ResourceResponse> SendSplitAsync(Activity activity, CancellationToken cancellationToken)
    {
        ResourceResponse? last = null;
        foreach (var part in TeamsMessageSplitter.Split(activity, maxMessageBytes))
        {
            last = await inner.SendAsync(part, cancellationToken);
        }

        return last!;
    }
}
