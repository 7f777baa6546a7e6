using HelpBot.Dialogs.Conversation.Markers;
using HelpBot.Dialogs.Conversation.State;
using System.Text.Json;
using HelpBot.Protocol.Models;

namespace HelpBot.Dialogs.Tests.Conversation;

/// <summary>"back" to the description question of a report that began with the user's message, then "keep" or a correction.</summary>
public sealed class BackToDescriptionFlowTests
{
    private const string ConnectComplete =
        "Create Account on connectforhealthco.com shows 'account creation is suspended' today at 9:10am. Tried all three tips.";

    private const string ConnectNoTips = "Create Account on connectforhealthco.com shows 'account creation is suspended' today at 9:10am.";

    private const string PeakComplete =
        "The PEAK upload page https://peak.my.site.com/peak/s/document-upload shows ERR-500 today 9:10am. Tried all three tips.";

    private const string StepThree = "Step 3:";

    [Fact]
    public async Task ConnectKeep_ReturnsWithoutIntroduction()
    {
        using var harness = await OnboardedAsync();
        await harness.SendTextAsync(ConnectComplete);
        Assert.Equal("os", harness.LastQuestion()?.Field);

        await harness.SendTextAsync("back");
        Assert.Equal("description", harness.LastQuestion()?.Field);
        var replies = await harness.SendTextAsync("keep");

        Assert.DoesNotContain(replies, reply => reply.Text?.StartsWith(StepThree, StringComparison.Ordinal) == true);
        Assert.Equal("os", harness.LastQuestion()?.Field);
    }

    [Fact]
    public async Task ConnectKeep_DoesNotAskTipsAgain()
    {
        using var harness = await OnboardedAsync();
        await harness.SendTextAsync(ConnectNoTips);
        await harness.SendTextAsync("still broken");
        Assert.Equal("stepsTried", harness.LastQuestion()?.Field);

        await harness.SendTextAsync("back");
        Assert.Equal(ConversationPrompts.Tips, harness.LastQuestion()?.Prompt);
        await harness.SendTextAsync("back");
        Assert.Equal("description", harness.LastQuestion()?.Field);
        var replies = await harness.SendTextAsync("keep");

        Assert.DoesNotContain(replies, reply => reply.GetMarker()?.Prompt == ConversationPrompts.Tips);
        Assert.DoesNotContain(replies, reply => reply.Text?.StartsWith(StepThree, StringComparison.Ordinal) == true);
        Assert.Equal("stepsTried", harness.LastQuestion()?.Field);
    }

    [Fact]
    public async Task PeakKeep_DoesNotAskUrgentAgain()
    {
        using var harness = await OnboardedAsync();
        await harness.SendTextAsync(PeakComplete);
        await harness.SendTextAsync("yes");
        Assert.Equal("username", harness.LastQuestion()?.Field);

        await harness.SendTextAsync("back");
        Assert.Equal(ConversationPrompts.Urgent, harness.LastQuestion()?.Prompt);
        await harness.SendTextAsync("back");
        Assert.Equal("description", harness.LastQuestion()?.Field);
        var replies = await harness.SendTextAsync("keep");

        Assert.DoesNotContain(replies, reply => reply.GetMarker()?.Prompt == ConversationPrompts.Urgent);
        Assert.Equal("username", harness.LastQuestion()?.Field);
        Assert.True((await ReportAsync(harness)).Report.MedicallyUrgent);
    }

    [Fact]
    public async Task PeakCorrection_KeepsLaterAnswers()
    {
        using var harness = await OnboardedAsync();
        await harness.SendTextAsync(PeakComplete);
        await harness.SendTextAsync("no");
        await harness.SendTextAsync("testuser55");
        Assert.Equal("page", harness.LastQuestion()?.Field);

        await harness.SendTextAsync("back");
        await harness.SendTextAsync("back");
        await harness.SendTextAsync("back");
        Assert.Equal("description", harness.LastQuestion()?.Field);
        var replies = await harness.SendTextAsync(
            "The PEAK upload page https://peak.my.site.com/peak/s/document-upload shows ERR-503 today 9:10am. Tried all three tips.");

        Assert.DoesNotContain(replies, reply => reply.GetMarker()?.Prompt == ConversationPrompts.Urgent);
        Assert.Equal("page", harness.LastQuestion()?.Field);
        var report = (await ReportAsync(harness)).Report;
        Assert.Equal("testuser55", report.Username);
        Assert.False(report.MedicallyUrgent);
        Assert.Contains("ERR-503", report.Description, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SameSystemCorrection_KeepsPageSuggestion()
    {
        using var harness = await OnboardedAsync();
        await harness.SendTextAsync("The PEAK upload page shows ERR-500 today 9:10am. Tried all three tips.");
        await harness.SendTextAsync("https://peak.my.site.com/peak/s/document-upload");
        await harness.SendTextAsync("no");
        await harness.SendTextAsync("testuser55");
        Assert.Equal("page", harness.LastQuestion()?.Field);
        var suggestion = (await ReportAsync(harness)).Report.PageSuggestion;
        Assert.NotNull(suggestion);

        await harness.SendTextAsync("back");
        await harness.SendTextAsync("back");
        await harness.SendTextAsync("back");
        await harness.SendTextAsync("back");
        Assert.Equal("description", harness.LastQuestion()?.Field);
        await harness.SendTextAsync("The PEAK upload page shows ERR-503 today 9:10am. Tried all three tips.");

        var report = (await ReportAsync(harness)).Report;
        Assert.Equal("https://peak.my.site.com/peak/s/document-upload", report.PageUrl);
        Assert.Equal(suggestion, report.PageSuggestion);
        Assert.Equal("page", harness.LastQuestion()?.Field);
    }

    [Fact]
    public async Task BackToTips_AllTicked_ShowsTips()
    {
        using var harness = await OnboardedAsync();
        await harness.SendTextAsync("The PEAK document upload page shows error 500 when we upload.");
        Assert.Equal(ConversationPrompts.Tips, harness.LastQuestion()?.Prompt);
        await harness.SendTextAsync("still broken, tried all three");
        Assert.Equal(ConversationPrompts.PageAddress, harness.LastQuestion()?.Prompt);
        await harness.SendTextAsync("PEAK");
        await harness.SendTextAsync("no");
        Assert.Equal("username", harness.LastQuestion()?.Field);

        await harness.SendTextAsync("back");
        Assert.Equal(ConversationPrompts.Urgent, harness.LastQuestion()?.Prompt);
        await harness.SendTextAsync("back");
        Assert.Equal(ConversationPrompts.PageAddress, harness.LastQuestion()?.Prompt);
        await harness.SendTextAsync("back");

        Assert.Equal(ConversationPrompts.Tips, harness.LastQuestion()?.Prompt);
    }

    [Fact]
    public async Task CorrectionToOtherSystem_AsksItsSteps()
    {
        using var harness = await OnboardedAsync();
        await harness.SendTextAsync(PeakComplete);
        await harness.SendTextAsync("no");
        await harness.SendTextAsync("back");
        await harness.SendTextAsync("back");
        Assert.Equal("description", harness.LastQuestion()?.Field);

        var replies = await harness.SendTextAsync(ConnectComplete);

        Assert.Contains(replies, reply => reply.Text?.StartsWith(StepThree + " this is a Connect for Health Colorado problem", StringComparison.Ordinal) == true);
        Assert.Equal("os", harness.LastQuestion()?.Field);
    }

    private static async Task<ConversationHarness> OnboardedAsync()
    {
        var harness = new ConversationHarness();
        await harness.SendTextAsync("hi");
        await harness.SendTextAsync("no");
        await harness.SendTextAsync("CBO staff");
        return harness;
    }

    private static async Task<ReportState> ReportAsync(ConversationHarness harness)
    {
        var key = HelpBot.Runtime.State.StateKeys.Conversation(ChannelIds.Test, harness.ConversationId);
        var state = await harness.Storage.ReadAsync([key], CancellationToken.None);
        var json = System.Text.Json.Nodes.JsonNode.Parse(state.Values.Single().Json.Span)!;
        return json["report"].Deserialize(HelpBot.Dialogs.Conversation.Serialization.ConversationJsonContext.Default.ReportState)!;
    }
}
