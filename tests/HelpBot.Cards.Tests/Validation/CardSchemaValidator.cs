using System.Text.Json;
using System.Text.Json.Nodes;
using Json.Schema;

namespace HelpBot.Cards.Tests.Validation;

/// <summary>
/// Validates card JSON against the official Adaptive Cards 1.5 JSON schema with JsonSchema.Net.
/// </summary>
internal static class CardSchemaValidator
{
    private static readonly Lazy<JsonSchema> Schema = new(LoadSchema);

    /// <summary>Returns one line per schema error (location and message); empty when the card is valid.</summary>
    public static IReadOnlyList<string> Validate(JsonElement card)
    {
        var result = Schema.Value.Evaluate(card, new EvaluationOptions { OutputFormat = OutputFormat.List });
        if (result.IsValid)
        {
            return [];
        }

        return (result.Details ?? [])
            .Where(detail => detail.Errors is { Count: > 0 })
            .SelectMany(detail => detail.Errors!.Select(error =>
                $"{detail.InstanceLocation} ({detail.EvaluationPath}): {error.Key}: {error.Value}"))
            .DefaultIfEmpty("invalid, with no error details")
            .ToList();
    }

    // The 1.5 schema declares "$schema": draft-06 but names its base URI with the draft-04
    // keyword "id", which draft 06 spells "$id". So the schema is edited in memory, and the root
    // "id" becomes "$id". It is the only "id" whose value is a string, because every other
    // "id" is a property name. JsonSchema.Net 8.0.5 then also needs that URI as the build's base URI: with no
    // base URI it registers the document under a generated one and again under "$id", and
    // rejects the second registration ("Overwriting registered schemas is not permitted").
    // The schema's unknown keywords ("version", "features") are annotations and are ignored.
    private static JsonSchema LoadSchema()
    {
        var path = RepositoryPaths.Shared("schemas", "adaptivecards", "adaptive-card-1.5.0.json");
        var root = JsonNode.Parse(File.ReadAllText(path))!.AsObject();
        var id = root["id"]?.GetValue<string>()
            ?? throw new InvalidOperationException($"The schema at {path} has no root \"id\"; check the file.");
        root.Remove("id");
        root["$id"] = id;

        var options = new BuildOptions { SchemaRegistry = new SchemaRegistry() };
        return JsonSchema.Build(JsonSerializer.SerializeToElement(root), options, new Uri(id));
    }
}
