using HelpBot.Dialogs.Conversation.Markers;
using HelpBot.Runtime.Storage;
using HelpBot.Testing;
using static HelpBot.Dialogs.Tests.Conversation.PrivacyReviewFlow;

namespace HelpBot.Dialogs.Tests.Conversation;

// What the conversation state and the questions hold once the PII check has found something.
public sealed class PrivacyStateFlowTests
{
    private const string Ssn = "219-09-9999";
    private const string Password = "Sunny#2024";
    private const string Description =
        "PEAK shows the error ERR-500 on the income page. The client's SSN is " + Ssn + " and I typed password: " + Password + " there.";

    [Fact]
    public async Task RemoveAll_StateHoldsNoRawText()
    {
        var storage = new MemoryStorage();
        await StartReview(Description, storage: storage)
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
        await StartReview(Description, storage: storage)
            .Send("keep")
            .AssertSays(ConversationSteps.Draft)
            .StartTestAsync();

        var state = await ReadStateAsync(storage);
        Assert.DoesNotContain(Password, state, StringComparison.Ordinal);
    }

    [Fact]
    public async Task BackFromReview_FieldShowsPlaceholders()
    {
        await StartReview("PEAK shows the error ERR-500 on the income page.", screenshot: "scan of the card for SSN " + Ssn)
            .Send("back")
            .AssertAsks(ConversationPrompts.Field, "screenshot", check: reply =>
            {
                Assert.DoesNotContain(Ssn, reply.Text, StringComparison.Ordinal);
                Assert.DoesNotContain(Ssn, reply.Attachments!.Single().Content!.Value.GetRawText(), StringComparison.Ordinal);
            })
            .StartTestAsync();
    }
}
