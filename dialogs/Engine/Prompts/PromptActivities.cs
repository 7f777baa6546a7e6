using HelpBot.Protocol.Models;

namespace HelpBot.Dialogs.Engine.Prompts;

/// <summary>Builds the activities prompts send.</summary>
public static class PromptActivities
{
    /// <summary>Creates a plain-text message that expects an answer.</summary>
    public static Activity Text(string text) => new()
    {
        Type = ActivityTypes.Message,
        Text = text,
        TextFormat = "plain",
        InputHint = InputHints.ExpectingInput,
    };

    /// <summary>Creates a message with one Adaptive Card attachment and an optional text for clients that show no cards.</summary>
    public static Activity Card(System.Text.Json.JsonElement cardContent, string? fallbackText = null) => new()
    {
        Type = ActivityTypes.Message,
        Text = fallbackText,
        InputHint = InputHints.ExpectingInput,
        Attachments = [new Attachment { ContentType = ContentTypes.AdaptiveCard, Content = cardContent }],
    };
}
