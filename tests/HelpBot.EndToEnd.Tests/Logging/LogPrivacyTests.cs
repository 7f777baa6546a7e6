using HelpBot.EndToEnd.Tests.Conversation;

namespace HelpBot.EndToEnd.Tests.Logging;

/// <summary>The bot's logs never contain what the user typed, nor the Direct Line token.</summary>
[Trait("Category", "EndToEnd")]
public sealed class LogPrivacyTests : IClassFixture<ConversationLogFixture>
{
    private readonly ConversationLogFixture _fixture;

    public LogPrivacyTests(ConversationLogFixture fixture)
    {
        _fixture = fixture;
    }

    [Fact]
    public void BotLog_AfterConversation_WasCaptured()
    {
        Assert.Contains(_fixture.Log, line => line.Contains("Now listening on", StringComparison.Ordinal));
        Assert.True(_fixture.MessagesSent > 0);
    }

    [Fact]
    public void Conversation_PeakScript_ReachedDraft()
    {
        Assert.True(_fixture.ReachedDraft, "The logged conversation stopped before the e-mail draft.");
    }

    [Theory]
    [InlineData(FakeReport.Ssn)]
    [InlineData("219099999")]
    [InlineData(FakeReport.PersonName)]
    [InlineData("Testperson")]
    [InlineData(FakeReport.Phone)]
    [InlineData("We are unable to process your request")]
    [InlineData(FakeReport.StepsTried)]
    public void BotLog_AfterConversation_HasNoUserText(string typed)
    {
        Assert.DoesNotContain(_fixture.Log, line => line.Contains(typed, StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void BotLog_AfterConversation_HasNoToken()
    {
        Assert.DoesNotContain(_fixture.Log, line => line.Contains(_fixture.Token, StringComparison.Ordinal));
    }
}
