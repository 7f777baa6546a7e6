using System.Text.Json.Nodes;

namespace HelpBot.Domain.Tests.Content;

/// <summary>A copy of the shipped content file, edited for one test, in its own temporary folder.</summary>
internal sealed class ContentVariant : IDisposable
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "helpbot-domain-tests", Guid.NewGuid().ToString("N"));

    private ContentVariant(string text)
    {
        Directory.CreateDirectory(_directory);
        FilePath = Path.Combine(_directory, "desk-aid-content.json");
        File.WriteAllText(FilePath, text);
    }

    public string FilePath { get; }

    /// <summary>Writes the shipped content after <paramref name="edit"/> has changed its JSON.</summary>
    public static ContentVariant Edit(Action<JsonObject> edit)
    {
        var root = JsonNode.Parse(File.ReadAllText(TestContent.ContentPath))!.AsObject();
        edit(root);
        return new ContentVariant(root.ToJsonString());
    }

    /// <summary>Writes <paramref name="text"/> as the content file.</summary>
    public static ContentVariant Raw(string text) => new(text);

    /// <summary>Returns the index of the entry with <paramref name="id"/> in the array at <paramref name="array"/>.</summary>
    public static int IndexOf(JsonNode array, string id) =>
        array.AsArray().Select((node, index) => (node, index)).First(pair => (string?)pair.node!["id"] == id).index;

    public void Dispose() => Directory.Delete(_directory, recursive: true);
}
