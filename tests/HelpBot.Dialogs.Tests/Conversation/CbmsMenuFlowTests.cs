using System.Text.Json;
using System.Text.Json.Nodes;
using HelpBot.Dialogs.Conversation;
using HelpBot.Dialogs.Conversation.Markers;
using HelpBot.Dialogs.Conversation.Prompts;
using HelpBot.Protocol.Models;
using Xunit;

namespace HelpBot.Dialogs.Tests.Conversation;

/// <summary>The menu of a user who answered yes at "Do you work in CBMS": no report button, and a way back.</summary>
public sealed class CbmsMenuFlowTests
{
    private const string PeakDescription = "When I press Submit on the income page PEAK shows the error ERR-500.";

    [Fact]
    public async Task CbmsMenu_HasNoReportButton()
    {
        using var harness = new ConversationHarness();
        var menu = await AtCbmsMenuAsync(harness);

        var titles = ButtonTitles(menu);
        Assert.Equal(["Check a ticket", "Help topics", MenuPrompt.NotCbmsButtonTitle], titles);
        Assert.DoesNotContain("Report a problem", menu.Text, StringComparison.Ordinal);
        Assert.Contains("1. Check a ticket", menu.Text, StringComparison.Ordinal);
        Assert.Contains("2. Help topics", menu.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CbmsMenu_NumbersPickTheirItems()
    {
        using var harness = new ConversationHarness();
        await AtCbmsMenuAsync(harness);

        var tickets = await harness.SendTextAsync("1");
        Assert.Contains(tickets, reply => reply.Text?.Contains("ticket", StringComparison.OrdinalIgnoreCase) == true);
        Assert.DoesNotContain(tickets, reply => reply.GetMarker()?.Step == ConversationSteps.CbmsPath);

        var topics = await harness.SendTextAsync("2");
        Assert.Contains(topics, reply => reply.Text?.Contains("PII", StringComparison.Ordinal) == true);
        Assert.Equal(ConversationPrompts.Menu, harness.LastQuestion()?.Prompt);
    }

    [Fact]
    public async Task CbmsMenu_UnknownNumber_NamesTwoItems()
    {
        using var harness = new ConversationHarness();
        await AtCbmsMenuAsync(harness);

        var replies = await harness.SendTextAsync("3");

        Assert.Contains(replies, reply => reply.Text?.Contains("Type 1 or 2", StringComparison.Ordinal) == true);
    }

    [Fact]
    public async Task NotCbmsButton_AsksRole()
    {
        using var harness = new ConversationHarness();
        var menu = await AtCbmsMenuAsync(harness);

        var replies = await harness.SendValueAsync(ButtonData(menu, MenuPrompt.NotCbmsButtonTitle));

        Assert.Contains(replies, reply => reply.Text == HelpBotDialogHooks.NotCbmsMessage);
        Assert.Equal(ConversationPrompts.Role, harness.LastQuestion()?.Prompt);
    }

    [Fact]
    public async Task CbmsMenu_Description_KeptForReport()
    {
        using var harness = new ConversationHarness();
        await AtCbmsMenuAsync(harness);

        var path = await harness.SendTextAsync(PeakDescription);
        Assert.Contains(path, reply => reply.GetMarker()?.Step == ConversationSteps.CbmsPath);
        await harness.SendTextAsync("I don't work in CBMS");
        await harness.SendTextAsync("CBO staff");

        Assert.Equal(ConversationPrompts.Tips, harness.LastQuestion()?.Prompt);
    }

    [Fact]
    public async Task CbmsMenu_Help_NamesNotCbms()
    {
        using var harness = new ConversationHarness();
        await AtCbmsMenuAsync(harness);

        var replies = await harness.SendTextAsync("help");

        Assert.Contains(replies, reply => reply.Text?.Contains("I don't work in CBMS", StringComparison.Ordinal) == true);
        Assert.DoesNotContain(replies, reply => reply.Text?.Contains("Pick 1 to report a problem", StringComparison.Ordinal) == true);
    }

    [Fact]
    public async Task NonCbmsMenu_KeepsReportButton()
    {
        using var harness = new ConversationHarness();
        await harness.SendTextAsync("hi");
        await harness.SendTextAsync("no");
        var replies = await harness.SendTextAsync("CBO staff");

        var menu = replies.Last(reply => reply.GetMarker()?.Prompt == ConversationPrompts.Menu);
        Assert.Equal(["Report a problem", "Check a ticket", "Help topics"], ButtonTitles(menu));
    }

    private static async Task<Activity> AtCbmsMenuAsync(ConversationHarness harness)
    {
        await harness.SendTextAsync("hi");
        var replies = await harness.SendTextAsync("yes");
        return replies.Last(reply => reply.GetMarker()?.Prompt == ConversationPrompts.Menu);
    }

    private static List<string> ButtonTitles(Activity menu) =>
        [.. Actions(menu).Select(action => action.GetProperty("title").GetString()!)];

    private static JsonObject ButtonData(Activity menu, string title)
    {
        var action = Actions(menu).Single(a => a.GetProperty("title").GetString() == title);
        return JsonNode.Parse(action.GetProperty("data").GetRawText())!.AsObject();
    }

    private static JsonElement.ArrayEnumerator Actions(Activity menu) =>
        menu.Attachments!.Single().Content!.Value.GetProperty("actions").EnumerateArray();
}
