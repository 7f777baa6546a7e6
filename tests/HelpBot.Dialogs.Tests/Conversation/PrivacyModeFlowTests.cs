using HelpBot.Dialogs.Conversation.Dialogs;
using HelpBot.Dialogs.Conversation.Markers;
using HelpBot.Protocol.Models;
using HelpBot.Runtime.Proactive;
using HelpBot.Runtime.State;
using HelpBot.Runtime.Storage;
using HelpBot.Runtime.Turns;
using HelpBot.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace HelpBot.Dialogs.Tests.Conversation;

// Pii:Mode decides whether report text leaves the process. Every request goes to a loopback mock of
// Azure AI Language, which records the texts it receives.
public sealed class PrivacyModeFlowTests
{
    private const string Secret = "078-05-1120";
    private const string Description = "When I press Submit on the income page PEAK shows the error ERR-500. The client's SSN is " + Secret + ".";
    private const string CleanDescription = "When I press Submit on the income page PEAK shows the error ERR-500.";
    private const string PageUrl = "https://peak.my.site.com/peak/s/benefit-information";

    [Fact]
    public async Task Review_LocalMode_SendsNoTextToAzure()
    {
        await using var mock = await PrivacyLanguageServiceMock.StartAsync();

        await StartReview(CreateFlow(mock, "Local"), Description).StartTestAsync();

        Assert.Empty(mock.Texts);
    }

    [Fact]
    public async Task Review_AzureMode_SendsReportTextToAzure()
    {
        await using var mock = await PrivacyLanguageServiceMock.StartAsync();

        // The mock finds nothing. In Azure mode its findings replace the local ones of the categories Azure
        // detects, the SSN among them, so no review follows.
        await ReachFields(CreateFlow(mock, "Azure"), Description).AssertSays(ConversationSteps.Draft).StartTestAsync();

        Assert.Contains(mock.Texts, text => text.Contains(Secret, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Review_AzureMode_BatchesAllFields()
    {
        const int maxDocumentsPerRequest = 5;
        await using var mock = await PrivacyLanguageServiceMock.StartAsync();

        await ReachFields(CreateFlow(mock, "Azure"), Description).AssertSays(ConversationSteps.Draft).StartTestAsync();

        // Every checked field, the user name too, goes in one detector call, which fills each request up to
        // the Azure limit of documents per request.
        Assert.Contains(mock.Texts, text => text.Contains(Secret, StringComparison.Ordinal));
        Assert.Contains(mock.Texts, text => text.Contains("Signed out and back in", StringComparison.Ordinal));
        Assert.Contains(mock.Texts, text => text == "cbo.navigator01");
        Assert.Equal(mock.Texts.Count, mock.DocumentCounts.Sum());
        Assert.Equal((mock.Texts.Count + maxDocumentsPerRequest - 1) / maxDocumentsPerRequest, mock.DocumentCounts.Count);
        Assert.All(mock.DocumentCounts.SkipLast(1), count => Assert.Equal(maxDocumentsPerRequest, count));
    }

    [Fact]
    public async Task Review_BothMode_SendsReportTextToAzure()
    {
        await using var mock = await PrivacyLanguageServiceMock.StartAsync();

        await StartReview(CreateFlow(mock, "Both"), Description).StartTestAsync();

        Assert.Contains(mock.Texts, text => text.Contains(Secret, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Review_AzureServerError_TellsUserLocalCheckWasUsed()
    {
        await using var mock = await PrivacyLanguageServiceMock.StartAsync();
        mock.FailWith = 500;

        await StartReview(CreateFlow(mock, "Azure"), Description, reply =>
            {
                Assert.Contains("was unavailable", reply.Text, StringComparison.Ordinal);
                Assert.Contains("built-in check", reply.Text, StringComparison.Ordinal);
                Assert.Contains("USSocialSecurityNumber", reply.GetMarker()!.PiiCategories!);
            })
            .StartTestAsync();

        Assert.NotEmpty(mock.Texts);
    }

    [Fact]
    public async Task Review_AzureTimeout_TellsUserLocalCheckWasUsed()
    {
        await using var mock = await PrivacyLanguageServiceMock.StartAsync();
        mock.Delay = TimeSpan.FromSeconds(5);

        await StartReview(CreateFlow(mock, "Both", attemptTimeout: "00:00:00.300"), Description, reply =>
                Assert.Contains("was unavailable", reply.Text, StringComparison.Ordinal))
            .StartTestAsync();
    }

    [Fact]
    public async Task Review_AzureAvailable_ShowsNoFallbackNotice()
    {
        await using var mock = await PrivacyLanguageServiceMock.StartAsync();

        await StartReview(CreateFlow(mock, "Both"), Description, reply =>
                Assert.DoesNotContain("unavailable", reply.Text, StringComparison.Ordinal))
            .StartTestAsync();
    }

    [Fact]
    public async Task Check_AzureFailsAndNothingFound_SaysLocalCheckWasUsed()
    {
        await using var mock = await PrivacyLanguageServiceMock.StartAsync();
        mock.FailWith = 503;

        await ReachFields(CreateFlow(mock, "Azure"), CleanDescription)
            .AssertSays(PrivacyReviewDialog.FallbackStep, reply => Assert.Contains("found no personal information", reply.Text, StringComparison.Ordinal))
            .AssertSays(ConversationSteps.Draft)
            .StartTestAsync();
    }

    private static TestFlow StartReview(TestFlow flow, string description, Action<Activity>? check = null) =>
        ReachFields(flow, description).AssertAsks(ConversationPrompts.PiiReview, check: check);

    private static TestFlow ReachFields(TestFlow flow, string description) =>
        flow.Onboard()
            .Send(description).AssertAsks(ConversationPrompts.Tips)
            .Send("still broken").AssertAsks(ConversationPrompts.PageAddress)
            .Send(PageUrl).AssertAsks(ConversationPrompts.Urgent)
            .Send("no").AnswerPeakFields();

    private static TestFlow CreateFlow(PrivacyLanguageServiceMock mock, string mode, string attemptTimeout = "00:00:05")
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Pii:Mode"] = mode,
            ["Pii:Azure:Endpoint"] = mock.Endpoint,
            ["Pii:Azure:Key"] = "test-key",
            ["Pii:Azure:MaxRetries"] = "0",
            ["Pii:Azure:AttemptTimeout"] = attemptTimeout,
            ["Pii:Azure:TotalTimeout"] = "00:00:10",
        }).Build();
        var storage = new MemoryStorage();

        // The real clock, so the resilience time-outs fire; the test's dates are all in the past.
        var adapter = new TestAdapter { LocalTimezone = "America/Denver" };
        return new TestFlow(
            () => new ServiceCollection()
                .AddLogging()
                .AddSingleton<IStorage>(storage)
                .AddSingleton(TimeProvider.System)
                .AddSingleton<IProactiveSender>(new NoProactiveSender())
                .AddHelpBotConversation(configuration)
                .BuildServiceProvider()
                .GetRequiredService<ITurnHandler>(),
            storage,
            adapter);
    }

    private sealed class NoProactiveSender : IProactiveSender
    {
        public Task<ProactiveDelivery> SendAsync(ProactiveAddress address, IReadOnlyList<Activity> activities, CancellationToken cancellationToken) =>
            Task.FromResult(ProactiveDelivery.Sent);
    }
}
