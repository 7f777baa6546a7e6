using System.Text.Json;
using System.Text.Json.Nodes;
using HelpBot.Dialogs.Engine.Serialization;
using HelpBot.Protocol.Models;

namespace HelpBot.Dialogs.Engine.Prompts;

/// <summary>Writes engine data into the Adaptive Card attachments of a prompt activity.</summary>
public static class AdaptiveCardStamper
{
    /// <summary>Sets <see cref="SubmitDataKeys.PromptId"/> in the <c>data</c> of every <c>Action.Submit</c> and <c>Action.Execute</c>, creating <c>data</c> where it is missing.</summary>
    public static void StampPromptId(Activity activity, string promptId)
    {
        ArgumentNullException.ThrowIfNull(activity);
        ArgumentException.ThrowIfNullOrEmpty(promptId);
        Rewrite(activity, node => Walk(node, obj => SetPromptId(obj, promptId)));
    }

    /// <summary>Sets the <c>value</c> of every <c>Input.*</c> element whose <c>id</c> is a key of <paramref name="values"/>, so a re-sent form shows what the user already entered.</summary>
    public static void Prefill(Activity activity, JsonObject values)
    {
        ArgumentNullException.ThrowIfNull(activity);
        ArgumentNullException.ThrowIfNull(values);
        if (values.Count == 0)
        {
            return;
        }

        Rewrite(activity, node => Walk(node, obj => SetInputValue(obj, values)));
    }

    private static void Rewrite(Activity activity, Action<JsonNode> change)
    {
        foreach (var attachment in activity.Attachments ?? [])
        {
            if (attachment.ContentType != ContentTypes.AdaptiveCard || attachment.Content is not { ValueKind: JsonValueKind.Object } content)
            {
                continue;
            }

            var node = JsonNode.Parse(content.GetRawText())!;
            change(node);
            attachment.Content = JsonSerializer.SerializeToElement(node, DialogJsonContext.Default.JsonNode);
        }
    }

    private static void Walk(JsonNode? node, Action<JsonObject> visit)
    {
        switch (node)
        {
            case JsonObject obj:
                visit(obj);
                foreach (var (_, child) in obj.ToList())
                {
                    Walk(child, visit);
                }

                break;
            case JsonArray array:
                foreach (var item in array.ToList())
                {
                    Walk(item, visit);
                }

                break;
        }
    }

    private static void SetPromptId(JsonObject element, string promptId)
    {
        var type = GetString(element, "type");
        if (type is not ("Action.Submit" or "Action.Execute"))
        {
            return;
        }

        switch (element["data"])
        {
            case JsonObject data:
                data[SubmitDataKeys.PromptId] = promptId;
                break;
            case null:
                element["data"] = new JsonObject { [SubmitDataKeys.PromptId] = promptId };
                break;
        }
    }

    private static void SetInputValue(JsonObject element, JsonObject values)
    {
        var type = GetString(element, "type");
        var id = GetString(element, "id");
        if (type is null || !type.StartsWith("Input.", StringComparison.Ordinal) || id is null || !values.TryGetPropertyValue(id, out var value))
        {
            return;
        }

        element["value"] = value?.DeepClone();

        // A client may cut a value to maxLength, so a longer value (an answer shown again to be shortened) drops the limit.
        if (value is JsonValue text && text.TryGetValue<string>(out var textValue)
            && element["maxLength"] is JsonValue limit && limit.TryGetValue<int>(out var maxLength) && textValue.Length > maxLength)
        {
            element.Remove("maxLength");
        }
    }

    private static string? GetString(JsonObject element, string name) =>
        element[name] is JsonValue value && value.TryGetValue<string>(out var text) ? text : null;
}
