namespace HelpBot.Dialogs.Tests.Conversation;

/// <summary>Walks every shared report case through the whole conversation.</summary>
public sealed class ReportCasesTests
{
    [Theory]
    [MemberData(nameof(CaseIds))]
    public async Task ReportCase_WalkedThrough_ReachesExpectedSystemAndKind(string caseId)
    {
        var reportCase = ReportCases.Get(caseId);
        using var harness = new ConversationHarness();

        var walk = await ReportCaseWalk.RunAsync(harness, reportCase);

        Assert.Equal(reportCase.ExpectedSystem, walk.System);
        Assert.Equal(reportCase.ExpectedKind, walk.Kind);
    }

    [Theory]
    [MemberData(nameof(CaseIds))]
    public async Task ReportCase_WalkedThrough_AsksOnlyStillNeededFields(string caseId)
    {
        var reportCase = ReportCases.Get(caseId);
        using var harness = new ConversationHarness();

        var walk = await ReportCaseWalk.RunAsync(harness, reportCase);

        Assert.Equal(reportCase.ExpectedStillNeeded.Order(StringComparer.Ordinal), walk.FieldsAsked.Order(StringComparer.Ordinal));
        Assert.Equal(walk.FieldsAsked.Count, walk.FieldsAsked.Distinct(StringComparer.Ordinal).Count());
    }

    [Theory]
    [MemberData(nameof(CaseIds))]
    public async Task ReportCase_WalkedThrough_ReviewListsExpectedPiiCategories(string caseId)
    {
        var reportCase = ReportCases.Get(caseId);
        using var harness = new ConversationHarness();

        var walk = await ReportCaseWalk.RunAsync(harness, reportCase);

        Assert.Equal(reportCase.ExpectedPiiCategories.Order(StringComparer.Ordinal), (walk.PiiCategories ?? []).Order(StringComparer.Ordinal));
    }

    public static IEnumerable<object[]> CaseIds => ReportCases.Ids;
}
