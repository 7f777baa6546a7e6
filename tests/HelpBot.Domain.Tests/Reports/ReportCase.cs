using System.Text.Json;
using HelpBot.Testing;

namespace HelpBot.Domain.Tests.Reports;

/// <summary>One problem report from the shared case file, with the conclusions a good bot reaches.</summary>
public sealed record ReportCase(string Id, string Message, string? PageUrl, string System, string Kind, IReadOnlyList<string> StillNeeded)
{
    public override string ToString() => Id;

    /// <summary>Reads every case from <c>../shared/cases/reports.json</c> beside the repository root.</summary>
    public static IReadOnlyList<ReportCase> LoadAll()
    {
        var path = SharedFolder.Combine(TestContent.RepositoryRoot(), "cases", "reports.json");
        using var document = JsonDocument.Parse(File.ReadAllText(path));
        return document.RootElement.GetProperty("cases").EnumerateArray().Select(Parse).ToList();
    }

    private static ReportCase Parse(JsonElement element)
    {
        var expected = element.GetProperty("expected");
        var pageUrl = element.GetProperty("pageUrl");
        return new ReportCase(
            element.GetProperty("id").GetString()!,
            element.GetProperty("message").GetString()!,
            pageUrl.ValueKind == JsonValueKind.Null ? null : pageUrl.GetString(),
            expected.GetProperty("system").GetString()!,
            expected.GetProperty("kind").GetString()!,
            expected.GetProperty("stillNeeded").EnumerateArray().Select(field => field.GetString()!).ToList());
    }
}
