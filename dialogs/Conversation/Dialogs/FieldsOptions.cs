using System.Text.Json.Nodes;

namespace HelpBot.Dialogs.Conversation.Dialogs;

/// <summary>Builds the options of <see cref="FieldsDialog"/>.</summary>
public static class FieldsOptions
{
    public static JsonObject Create(IEnumerable<string> fields) => new()
    {
        ["fields"] = new JsonArray([.. fields.Select(f => (JsonNode)JsonValue.Create(f))]),
    };
}
