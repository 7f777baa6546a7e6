using System.Text.Json;
using HelpBot.Cards.Tests.Validation;
using HelpBot.Protocol.Models;

namespace HelpBot.Dialogs.Tests.Conversation;

/// <summary>Checks every Adaptive Card the conversation sends, not only the cards layer's builders, against the 1.5 schema.</summary>
public sealed class ConversationCardSchemaTests
{
    [Theory]
    [MemberData(nameof(ReportCasesTests.CaseIds), MemberType = typeof(ReportCasesTests))]
    public async Task ReportCase_EveryCardSent_MatchesSchema(string caseId)
    {
        using var harness = new ConversationHarness();
        await ReportCaseWalk.RunAsync(harness, ReportCases.Get(caseId));
        await harness.SendTextAsync("help topics");
        await harness.SendTextAsync("what is PII");

        // Training answers are text only, so some cases send no card at all.
        foreach (var card in CardsIn(harness.Sent))
        {
            var errors = CardSchemaValidator.Validate(card);
            Assert.True(errors.Count == 0, $"{caseId}: {string.Join("; ", errors)}\n{card}");
        }
    }

    [Theory]
    [MemberData(nameof(ReportCasesTests.CaseIds), MemberType = typeof(ReportCasesTests))]
    public async Task ReportCase_EveryCardSent_KeepsNumbersAsWritten(string caseId)
    {
        using var harness = new ConversationHarness();
        await ReportCaseWalk.RunAsync(harness, ReportCases.Get(caseId));
        await harness.SendTextAsync("help topics");
        await harness.SendTextAsync("what is PII");
        await harness.SendTextAsync("my tickets");

        var renumbered = CardsIn(harness.Sent).SelectMany(MarkdownNumbering.FindRenumbered);

        Assert.Empty(renumbered);
    }

    [Fact]
    public async Task TechnicalPeakCase_SendsCards()
    {
        using var harness = new ConversationHarness();

        await ReportCaseWalk.RunAsync(harness, ReportCases.Get("peak-renewal-not-in-county-system"));

        Assert.NotEmpty(CardsIn(harness.Sent));
    }

    private static List<JsonElement> CardsIn(IEnumerable<Activity> activities) =>
    [
        .. activities
            .SelectMany(activity => activity.Attachments ?? [])
            .Where(attachment => attachment.ContentType == ContentTypes.AdaptiveCard && attachment.Content is not null)
            .Select(attachment => attachment.Content!.Value),
    ];
}
