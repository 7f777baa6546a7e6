using System.Text.Json;
using HelpBot.Dialogs.Conversation.Markers;
using HelpBot.Dialogs.Conversation.State;
using HelpBot.Domain.Systems;
using HelpBot.Protocol.Models;
using HelpBot.Runtime.Turns;

namespace HelpBot.Dialogs.Conversation.Replies;

/// <summary>
/// Builds and sends the conversation's activities, each with its <see cref="HelpBotMarker"/>. The
/// marker's system and kind come from the report in progress, once they are decided.
/// </summary>
public static class Reply
{
    private const string AdaptiveCardType = "application/vnd.microsoft.card.adaptive";

    /// <summary>Creates a plain-text message.</summary>
    public static Activity Text(string text) => new()
    {
        Type = ActivityTypes.Message,
        Text = text,
        TextFormat = "plain",
    };

    /// <summary>Creates a message with one Adaptive Card and <paramref name="text"/> for clients that show no cards.</summary>
    public static Activity Card(JsonElement card, string text) => new()
    {
        Type = ActivityTypes.Message,
        Text = text,
        TextFormat = "plain",
        Attachments = [new Attachment { ContentType = AdaptiveCardType, Content = card }],
    };

    /// <summary>
    /// Creates the marker of an activity in this turn, with the report's system and kind when decided. A
    /// statement about tickets (<see cref="ConversationSteps.IsAboutTickets"/>) gets neither, because a
    /// report in progress may be about another system.
    /// </summary>
    public static HelpBotMarker Marker(ITurnContext turn, string? prompt = null, string? step = null, string? field = null)
    {
        var marker = new HelpBotMarker { Prompt = prompt, Step = step, Field = field };
        var state = turn.GetReport();
        if (state.Message is null || ConversationSteps.IsAboutTickets(step))
        {
            return marker;
        }

        marker.Kind = state.Report.Kind;
        marker.System = state.Report.System == SupportSystems.Unknown ? null : state.Report.System;
        return marker;
    }

    /// <summary>Sends a statement: text that asks nothing, marked with <paramref name="step"/>.</summary>
    public static Task SendStepAsync(ITurnContext turn, string step, string text, CancellationToken cancellationToken) =>
        turn.SendActivityAsync(Text(text).WithMarker(Marker(turn, step: step)), cancellationToken);

    /// <summary>Sends <paramref name="activity"/> marked as statement <paramref name="step"/>.</summary>
    public static Task SendStepAsync(ITurnContext turn, string step, Activity activity, CancellationToken cancellationToken) =>
        turn.SendActivityAsync(activity.WithMarker(Marker(turn, step: step)), cancellationToken);
}
