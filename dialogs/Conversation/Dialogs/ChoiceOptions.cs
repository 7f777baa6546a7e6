using HelpBot.Dialogs.Engine.Prompts;
using HelpBot.Protocol.Models;

namespace HelpBot.Dialogs.Conversation.Dialogs;

/// <summary>Builds the engine's choice-prompt options for the conversation's questions.</summary>
internal static class ChoiceOptions
{
    public const string Yes = "yes";
    public const string No = "no";

    /// <summary>
    /// Creates a yes/no question asked as a choice, so buttons, numbers and words all work.
    /// <paramref name="unsureReply"/> answers "maybe", "not sure" or "I don't know" in the question's terms.
    /// </summary>
    public static ChoicePromptOptions YesNo(Activity question, string helpText, string unsureReply, string yesTitle = "Yes", string noTitle = "No") => new()
    {
        Prompt = question,
        HelpText = helpText,
        UnsureReply = unsureReply,
        Choices =
        [
            new Choice(Yes, yesTitle, "yes", "y", "yeah", "yep", "correct"),
            new Choice(No, noTitle, "no", "n", "nope", "not"),
        ],
    };

    /// <summary>Creates a choice question.</summary>
    public static ChoicePromptOptions Of(Activity question, string helpText, params Choice[] choices) => new()
    {
        Prompt = question,
        HelpText = helpText,
        Choices = [.. choices],
    };

    /// <summary>Returns the value of the choice the prompt returned, or null.</summary>
    public static string? ValueOf(System.Text.Json.Nodes.JsonNode? result) =>
        result?["value"] is System.Text.Json.Nodes.JsonValue value && value.TryGetValue<string>(out var text) ? text : null;
}
