using System.Text;
using HelpBot.Dialogs.Conversation.Markers;
using HelpBot.Protocol.Models;
using HelpBot.Runtime.State;
using HelpBot.Runtime.Storage;
using HelpBot.Testing;

namespace HelpBot.Dialogs.Tests.Conversation;

// What the conversation state and the questions hold once the PII check has found something.
public sealed class PrivacyStateFlowTests
{
    private const string Ssn = "219-09-9999";
    private const string Password = "Sunny#2024";
    private const string Description =
        "PEAK shows the error ERR-500 on the income page. The client's SSN is " + Ssn + " and I typed password: " + Password + " there.";
    private const string PageUrl = "https://peak.my.site.com/peak/s/benefit-information";

    [Fact]
    public async Task RemoveAll_StateHoldsNoRawText()
    {
        var storage = new MemoryStorage();
        await StartReview(storage, Description, "none")
            .Send("remove")
            .AssertSays(ConversationSteps.Draft)
            .StartTestAsync();

        var state = await ReadStateAsync(storage);
        Assert.DoesNotContain(Ssn, state, StringComparison.Ordinal);
        Assert.DoesNotContain(Password, state, StringComparison.Ordinal);
    }

    [Fact]
    public async Task KeepAll_StateHoldsNoPassword()
    {
        var storage = new MemoryStorage();
        await StartReview(storage, Description, "none")
            .Send("keep")
            .AssertSays(ConversationSteps.Draft)
            .StartTestAsync();

        var state = await ReadStateAsync(storage);
        Assert.DoesNotContain(Password, state, StringComparison.Ordinal);
    }

    [Fact]
    public async Task BackFromReview_FieldShowsPlaceholders()
    {
        await StartReview(new MemoryStorage(), "PEAK shows the error ERR-500 on the income page.", "scan of the card for SSN " + Ssn)
            .Send("back")
            .AssertAsks(ConversationPrompts.Field, "screenshot", check: reply =>
            {
                Assert.DoesNotContain(Ssn, reply.Text, StringComparison.Ordinal);
                Assert.DoesNotContain(Ssn, reply.Attachments!.Single().Content!.Value.GetRawText(), StringComparison.Ordinal);
            })
            .StartTestAsync();
    }

    private static TestFlow StartReview(MemoryStorage storage, string description, string screenshot) =>
        ConversationFlow.Create(storage).Onboard()
            .Send(description).AssertAsks(ConversationPrompts.Tips)
            .Send("still broken").AssertAsks(ConversationPrompts.PageAddress)
            .Send(PageUrl).AssertAsks(ConversationPrompts.Urgent)
            .Send("no")
            .AssertAsks(ConversationPrompts.Field, "username").Send("cbo.navigator01")
            .AssertAsks(ConversationPrompts.Field, "page").Send("keep")
            .AssertAsks(ConversationPrompts.Field, "when").Send("03/10/2026 9:15 am")
            .AssertAsks(ConversationPrompts.Field, "stepsTried").Send("Signed out and back in")
            .AssertAsks(ConversationPrompts.Field, "impact").Send("The client could not submit")
            .AssertAsks(ConversationPrompts.Field, "caseNumber").Send("1B00000")
            .AssertAsks(ConversationPrompts.Field, "screenshot").Send(screenshot)
            .AssertAsks(ConversationPrompts.PiiReview);

    private static async Task<string> ReadStateAsync(MemoryStorage storage)
    {
        var state = await storage.ReadAsync([StateKeys.Conversation(ChannelIds.Test, "test-conversation")], CancellationToken.None);
        return Encoding.UTF8.GetString(state.Values.Single().Json.Span);
    }
}
