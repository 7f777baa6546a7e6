using System.Text.Json;

namespace HelpBot.Privacy.Tests.Analysis;

// The bot's own texts come from the desk-aid content file. The stored transcript and the PII review run the
// analyzer over them, so a name found there ("Service Center", "Social Security") turns the bot's words into
// placeholders.
public sealed class DeskAidContentTests
{
    [Fact]
    public void Analyze_ContentStrings_FindsNoPerson()
    {
        var analyzer = AnalyzerFactory.Create();
        var path = Path.Combine(RepositoryRoot.Find(), "domain", "Content", "desk-aid-content.json");
        using var document = JsonDocument.Parse(File.ReadAllBytes(path));

        var names = new List<string>();
        foreach (var text in Strings(document.RootElement))
        {
            names.AddRange(analyzer.Analyze(text)
                .Where(finding => finding.Category == PiiCategories.Person)
                .Select(finding => text.Substring(finding.Offset, finding.Length)));
        }

        Assert.Empty(names);
    }

    private static IEnumerable<string> Strings(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Object => element.EnumerateObject().SelectMany(property => Strings(property.Value)),
        JsonValueKind.Array => element.EnumerateArray().SelectMany(Strings),
        JsonValueKind.String => [element.GetString()!],
        _ => [],
    };
}
