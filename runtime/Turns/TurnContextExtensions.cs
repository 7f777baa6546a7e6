using HelpBot.Protocol.Models;

namespace HelpBot.Runtime.Turns;

/// <summary>Shorthands for common sends.</summary>
public static class TurnContextExtensions
{
    /// <summary>Sends a plain-text message.</summary>
    public static Task<ResourceResponse> SendTextAsync(this ITurnContext turn, string text, CancellationToken cancellationToken = default) =>
        turn.SendActivityAsync(new Activity { Type = ActivityTypes.Message, Text = text, TextFormat = "plain" }, cancellationToken);

    /// <summary>Sends a typing indicator.</summary>
    public static Task<ResourceResponse> SendTypingAsync(this ITurnContext turn, CancellationToken cancellationToken = default) =>
        turn.SendActivityAsync(new Activity { Type = ActivityTypes.Typing }, cancellationToken);
}
