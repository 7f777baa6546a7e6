using System.Text.Json;
using HelpBot.Cards.Builders;
using HelpBot.Cards.Serialization;

namespace HelpBot.Cards.Tests.Builders;

/// <summary>Walks serialized card JSON, including cards nested in Action.ShowCard.</summary>
internal static class CardJson
{
    public static JsonElement Serialize(StepCard card) => AdaptiveCardAttachment.ToJsonElement(card.Card);

    /// <summary>Returns every object that has a string "type" (elements, inputs, actions, cards).</summary>
    public static List<JsonElement> TypedObjects(JsonElement root)
    {
        var found = new List<JsonElement>();
        Walk(root, found);
        return found;
    }

    public static List<JsonElement> Inputs(JsonElement root) =>
        TypedObjects(root).Where(item => Type(item).StartsWith("Input.", StringComparison.Ordinal)).ToList();

    public static List<JsonElement> Submits(JsonElement root) =>
        TypedObjects(root).Where(item => Type(item) == "Action.Submit").ToList();

    public static string Type(JsonElement item) => item.GetProperty("type").GetString()!;

    public static string? String(JsonElement item, string name) =>
        item.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static void Walk(JsonElement element, List<JsonElement> found)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                if (element.TryGetProperty("type", out var type) && type.ValueKind == JsonValueKind.String)
                {
                    found.Add(element);
                }

                foreach (var property in element.EnumerateObject())
                {
                    Walk(property.Value, found);
                }

                break;
            case JsonValueKind.Array:
                foreach (var item in element.EnumerateArray())
                {
                    Walk(item, found);
                }

                break;
        }
    }
}
