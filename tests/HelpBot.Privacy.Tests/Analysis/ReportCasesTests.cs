using System.Text.Json;
using HelpBot.Privacy.Analysis;
using HelpBot.Testing;

namespace HelpBot.Privacy.Tests.Analysis;

/// <summary>
/// Runs the analyzer over the problem reports in shared/cases/reports.json, written as CBO staff type
/// them with fake personal details, and compares the categories found with the expected ones.
/// </summary>
public sealed class ReportCasesTests
{
    private static readonly PiiAnalyzer Analyzer = AnalyzerFactory.Create();

    public static TheoryData<string> CaseIds()
    {
        var data = new TheoryData<string>();
        foreach (var id in LoadCases().Keys)
        {
            data.Add(id);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(CaseIds))]
    public void Analyze_ReportCase_FindsExpectedCategories(string caseId)
    {
        var (message, expected) = LoadCases()[caseId];

        var found = Analyzer.Analyze(message).Categories();

        Assert.Equal(expected.Order(StringComparer.Ordinal), found.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void LoadCases_SharedFile_HasCases()
    {
        Assert.NotEmpty(LoadCases());
    }

    private static Dictionary<string, (string Message, string[] Expected)> LoadCases()
    {
        var path = SharedFolder.Combine(RepositoryRoot.Find(), "cases", "reports.json");
        using var document = JsonDocument.Parse(File.ReadAllText(path));
        var cases = new Dictionary<string, (string, string[])>(StringComparer.Ordinal);
        foreach (var item in document.RootElement.GetProperty("cases").EnumerateArray())
        {
            var expected = item.GetProperty("expected").GetProperty("piiCategories")
                .EnumerateArray().Select(e => e.GetString()!).ToArray();
            cases[item.GetProperty("id").GetString()!] = (item.GetProperty("message").GetString()!, expected);
        }

        return cases;
    }

}
