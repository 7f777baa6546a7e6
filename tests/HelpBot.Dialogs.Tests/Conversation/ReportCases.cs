using System.Runtime.CompilerServices;
using System.Text.Json;
using HelpBot.Testing;

namespace HelpBot.Dialogs.Tests.Conversation;

/// <summary>The problem reports in the shared case file, as staff would type them, with what a good bot concludes.</summary>
internal static class ReportCases
{
    private static readonly Lazy<Dictionary<string, ReportCase>> Cases = new(Load);

    public static IEnumerable<object[]> Ids => Cases.Value.Keys.Order(StringComparer.Ordinal).Select(id => new object[] { id });

    public static ReportCase Get(string id) => Cases.Value[id];

    /// <summary>
    /// Returns the folder that holds HelpBot.sln, found by walking up from the test's base directory, or
    /// from this source file's folder when the build output lives outside the repository
    /// (<c>--artifacts-path</c>).
    /// </summary>
    public static string FindRepositoryRoot([CallerFilePath] string sourceFile = "")
    {
        foreach (var start in new[] { AppContext.BaseDirectory, Path.GetDirectoryName(sourceFile) ?? "" })
        {
            for (var directory = new DirectoryInfo(start); directory is not null; directory = directory.Parent)
            {
                if (File.Exists(Path.Combine(directory.FullName, "HelpBot.sln")))
                {
                    return directory.FullName;
                }
            }
        }

        throw new InvalidOperationException($"HelpBot.sln was not found above {AppContext.BaseDirectory} or {sourceFile}.");
    }

    private static Dictionary<string, ReportCase> Load()
    {
        var path = SharedFolder.Combine(FindRepositoryRoot(), "cases", "reports.json");
        using var document = JsonDocument.Parse(File.ReadAllText(path));
        var result = new Dictionary<string, ReportCase>(StringComparer.Ordinal);
        foreach (var item in document.RootElement.GetProperty("cases").EnumerateArray())
        {
            var expected = item.GetProperty("expected");
            var id = item.GetProperty("id").GetString()!;
            result[id] = new ReportCase(
                id,
                item.GetProperty("message").GetString()!,
                item.GetProperty("pageUrl").ValueKind == JsonValueKind.String ? item.GetProperty("pageUrl").GetString() : null,
                expected.GetProperty("system").GetString()!,
                expected.GetProperty("kind").GetString()!,
                [.. expected.GetProperty("piiCategories").EnumerateArray().Select(e => e.GetString()!)],
                [.. expected.GetProperty("stillNeeded").EnumerateArray().Select(e => e.GetString()!)]);
        }

        return result;
    }
}

internal sealed record ReportCase(
    string Id,
    string Message,
    string? PageUrl,
    string ExpectedSystem,
    string ExpectedKind,
    IReadOnlyList<string> ExpectedPiiCategories,
    IReadOnlyList<string> ExpectedStillNeeded);
