using System.Text.Json;
using System.Text.Json.Nodes;
using HelpBot.Testing;
using Json.Schema;

namespace HelpBot.Protocol.Tests;

/// <summary>Validates activity JSON against <c>#/definitions/Activity</c> of the Bot Framework schema.</summary>
internal static class ActivitySchemaValidator
{
    private const string BaseUri = "https://helpbot.example.org/schemas/botframework.schema.json";

    private static readonly Lazy<JsonSchema> Schema = new(LoadSchema);

    /// <summary>Returns one line per schema error; empty when the activity is valid.</summary>
    public static IReadOnlyList<string> Validate(JsonElement activity)
    {
        var result = Schema.Value.Evaluate(activity, new EvaluationOptions { OutputFormat = OutputFormat.List });
        if (result.IsValid)
        {
            return [];
        }

        return (result.Details ?? [])
            .Where(detail => detail.Errors is { Count: > 0 })
            .SelectMany(detail => detail.Errors!.Select(error => $"{detail.InstanceLocation}: {error.Key}: {error.Value}"))
            .DefaultIfEmpty("invalid, with no error details")
            .ToList();
    }

    // The file is a draft-07 document of definitions with no root schema, so a root "$ref" to the
    // Activity definition is added in memory. In draft 07 a "$ref" makes the root's other keywords
    // irrelevant, and "definitions" stays reachable through the JSON pointer.
    private static JsonSchema LoadSchema()
    {
        var path = SharedFolder.Combine(RepositoryRoot.Find(), "schemas", "botframework", "botframework.schema.json");
        var root = JsonNode.Parse(File.ReadAllText(path))!.AsObject();
        root["$ref"] = "#/definitions/Activity";
        var options = new BuildOptions { SchemaRegistry = new SchemaRegistry() };
        return JsonSchema.Build(JsonSerializer.SerializeToElement(root), options, new Uri(BaseUri));
    }
}
