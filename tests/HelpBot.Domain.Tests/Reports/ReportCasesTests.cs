using HelpBot.Domain.Reports;

namespace HelpBot.Domain.Tests.Reports;

/// <summary>Every report in the shared case file, through the extractor and the still-needed rules.</summary>
public sealed class ReportCasesTests
{
    public static TheoryData<string> CaseIds()
    {
        var data = new TheoryData<string>();
        foreach (var reportCase in ReportCase.LoadAll())
        {
            data.Add(reportCase.Id);
        }

        return data;
    }

    [Fact]
    public void LoadAll_SharedCaseFile_HasCases()
    {
        Assert.NotEmpty(ReportCase.LoadAll());
    }

    [Theory]
    [MemberData(nameof(CaseIds))]
    public void Extract_Case_FindsExpectedSystem(string caseId)
    {
        var (reportCase, result) = Extract(caseId);

        Assert.Equal(reportCase.System, result.Report.System);
    }

    [Theory]
    [MemberData(nameof(CaseIds))]
    public void Extract_Case_FindsExpectedKind(string caseId)
    {
        var (reportCase, result) = Extract(caseId);

        Assert.Equal(reportCase.Kind, result.Report.Kind);
    }

    [Theory]
    [MemberData(nameof(CaseIds))]
    public void Extract_Case_StillNeedsExpectedFields(string caseId)
    {
        var (reportCase, result) = Extract(caseId);

        Assert.Equal(reportCase.StillNeeded.Order(StringComparer.Ordinal), result.StillNeeded.Order(StringComparer.Ordinal));
    }

    [Theory]
    [MemberData(nameof(CaseIds))]
    public void Extract_Case_ListsStillNeededInCaseOrder(string caseId)
    {
        var (reportCase, result) = Extract(caseId);

        Assert.Equal(reportCase.StillNeeded, result.StillNeeded);
    }

    [Theory]
    [MemberData(nameof(CaseIds))]
    public void StillNeeded_ExtractedReport_MatchesExtractionResult(string caseId)
    {
        var (_, result) = Extract(caseId);

        Assert.Equal(result.StillNeeded, ReportRules.StillNeeded(result.Report));
    }

    private static (ReportCase Case, ExtractionResult Result) Extract(string caseId)
    {
        var reportCase = ReportCase.LoadAll().Single(candidate => candidate.Id == caseId);
        return (reportCase, ReportExtractor.Extract(reportCase.Message, reportCase.PageUrl, TestContent.CreateContext()));
    }
}
