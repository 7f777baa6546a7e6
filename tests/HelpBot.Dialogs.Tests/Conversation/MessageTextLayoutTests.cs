using HelpBot.Protocol.Models;

namespace HelpBot.Dialogs.Tests.Conversation;

/// <summary>
/// Message text has no blank lines at its start or end and never two blank lines in a row, because
/// Web Chat shows each of them as a gap in the bubble.
/// </summary>
public sealed class MessageTextLayoutTests
{
    [Theory]
    [MemberData(nameof(ReportCasesTests.CaseIds), MemberType = typeof(ReportCasesTests))]
    public async Task ReportCase_EveryText_HasNoBlankGaps(string caseId)
    {
        using var harness = new ConversationHarness();
        await ReportCaseWalk.RunAsync(harness, ReportCases.Get(caseId));
        foreach (var command in new[] { "help", "help topics", "what is PII", "my tickets", "back", "start over" })
        {
            await harness.SendTextAsync(command);
        }

        var texts = harness.Sent
            .Where(activity => activity.Type == ActivityTypes.Message)
            .SelectMany(activity => new[] { activity.Text, activity.Summary })
            .OfType<string>()
            .ToList();

        Assert.NotEmpty(texts);
        Assert.All(texts, text => Assert.Equal(text.Trim(), text));
        Assert.All(texts, text => Assert.DoesNotContain("\n\n\n", text.ReplaceLineEndings("\n"), StringComparison.Ordinal));
        Assert.All(texts, text => Assert.DoesNotContain("\n \n", text.ReplaceLineEndings("\n"), StringComparison.Ordinal));
    }
}
