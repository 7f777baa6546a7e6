using System.Text.Json.Nodes;
using HelpBot.Dialogs.Conversation.State;
using HelpBot.Runtime.Turns;

namespace HelpBot.Dialogs.Conversation.Dialogs;

/// <summary>Builds the options of <see cref="FieldsDialog"/>.</summary>
public static class FieldsOptions
{
    public static JsonObject Create(IEnumerable<string> fields) => new()
    {
        ["fields"] = new JsonArray([.. fields.Select(f => (JsonNode)JsonValue.Create(f))]),
    };

    /// <summary>
    /// Creates options that ask the last field asked again, with its answer prefilled, for "back" from
    /// the step after the fields; no fields when none was asked.
    /// </summary>
    public static JsonObject LastAsked(ITurnContext turn)
    {
        var asked = turn.GetReport().FieldsAsked;
        return Create(asked.Count == 0 ? [] : [asked[^1]]);
    }
}
