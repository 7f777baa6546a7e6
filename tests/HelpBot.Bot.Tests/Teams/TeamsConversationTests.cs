using System.Globalization;
using System.Net;
using System.Text.Json;
using HelpBot.Bot.Channels.Teams;
using HelpBot.Bot.Tests.BotFramework;
using HelpBot.Bot.Tests.Infrastructure;
using HelpBot.Protocol.Models;
using Microsoft.Extensions.DependencyInjection;

namespace HelpBot.Bot.Tests.Teams;

/// <summary>HelpBot's real conversation driven with Teams-shaped activities, in anonymous mode.</summary>
public sealed class TeamsConversationTests : IAsyncLifetime, IDisposable
{
    private MockConnector _connector = null!;
    private HelpBotFactory _factory = null!;

    public async Task InitializeAsync()
    {
        _connector = await MockConnector.StartAsync();
        _factory = HelpBotFactory.ForConversation(new Dictionary<string, string?> { ["BotFramework:AllowedTenants:0"] = TestTokens.TenantId });
    }

    public void Dispose() => _factory.Dispose();

    public async Task DisposeAsync()
    {
        await _factory.DisposeAsync();
        await _connector.DisposeAsync();
    }

    [Fact]
    public async Task Install_Personal_RunsWelcome()
    {
        var chat = CreateChat();

        var (response, replies) = await chat.SendAsync(chat.Installation("add"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(replies, reply => TeamsMarkers.Get(reply, "step") == "welcome");
    }

    [Theory]
    [InlineData("channel")]
    [InlineData("groupChat")]
    public async Task Install_TeamOrGroup_SendsOnlyIntroduction(string conversationType)
    {
        var chat = CreateChat(conversationType);

        var (_, replies) = await chat.SendAsync(chat.Installation("add"));

        var reply = Assert.Single(replies);
        Assert.Equal("teamIntroduction", TeamsMarkers.Get(reply, "step"));
    }

    [Fact]
    public async Task Install_SavesConversationReference()
    {
        var chat = CreateChat();

        await chat.SendAsync(chat.Installation("add"));

        var stored = await References.GetAsync(ChannelIds.MsTeams, chat.ConversationId, CancellationToken.None);
        Assert.NotNull(stored);
        Assert.Equal(_connector.BaseAddress.AbsoluteUri, stored.Reference.ServiceUrl);
        Assert.False(stored.ServiceUrlVerified);
        Assert.Equal(TestTokens.TenantId, stored.TenantId);
    }

    [Fact]
    public async Task Uninstall_ForgetsConversationReference()
    {
        var chat = CreateChat();
        await chat.SendAsync(chat.Installation("add"));

        await chat.SendAsync(chat.Installation("remove"));

        Assert.Null(await References.GetAsync(ChannelIds.MsTeams, chat.ConversationId, CancellationToken.None));
    }

    [Fact]
    public async Task Message_OtherTenant_Returns403()
    {
        var chat = CreateChat(tenantId: TestTokens.OtherTenantId);

        var (response, replies) = await chat.SendAsync(chat.Message("hi"));

        await ErrorAssert.EnvelopeAsync(response, HttpStatusCode.Forbidden, "Forbidden");
        Assert.Empty(replies);
    }

    [Fact]
    public async Task Submit_MenuButton_StartsReport()
    {
        var chat = CreateChat();
        var menu = await ReachMenuAsync(chat);
        var report = TeamsMarkers.FindSubmitData(menu, "Report");
        Assert.NotNull(report);

        var (response, replies) = await chat.SendAsync(chat.Submit(report.Value));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(replies, reply => TeamsMarkers.Get(reply, "prompt") is "cbmsUser" or "describe");
    }

    [Fact]
    public async Task Execute_MenuButton_AnswersWithNextCard()
    {
        var chat = CreateChat();
        var menu = await ReachMenuAsync(chat);
        var report = TeamsMarkers.FindSubmitData(menu, "ticket");
        Assert.NotNull(report);

        var (response, _) = await chat.SendAsync(chat.Execute(report.Value));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(200, body.RootElement.GetProperty("statusCode").GetInt32());
        Assert.Equal(ContentTypes.AdaptiveCard, body.RootElement.GetProperty("type").GetString());
        Assert.Equal("AdaptiveCard", body.RootElement.GetProperty("value").GetProperty("type").GetString());
    }

    // The first card of the turn (the ticket list) replaces the clicked card; only later cards, such
    // as the menu asked again, are posted.
    [Fact]
    public async Task Execute_MenuButton_AnswerCardNotPostedAgain()
    {
        var chat = CreateChat();
        var menu = await ReachMenuAsync(chat);
        var tickets = TeamsMarkers.FindSubmitData(menu, "ticket");
        Assert.NotNull(tickets);

        var (response, replies) = await chat.SendAsync(chat.Execute(tickets.Value));

        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Contains("ticket", body.RootElement.GetProperty("value").GetRawText(), StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(replies, reply => TeamsMarkers.Get(reply, "step") == "tickets");
        Assert.All(replies.Where(reply => reply.Attachments?.Count > 0), reply => Assert.NotNull(TeamsMarkers.Get(reply, "prompt")));
    }

    [Fact]
    public async Task Execute_NoActionObject_Returns400InvokeError()
    {
        var chat = CreateChat();
        var invoke = chat.Execute(JsonDocument.Parse("{}").RootElement);
        invoke.Value = JsonDocument.Parse("""{"trigger":"manual"}""").RootElement;

        var (response, _) = await chat.SendAsync(invoke);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(ContentTypes.InvokeError, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task CardReply_InTeams_FallbackTextBecomesSummary()
    {
        var chat = CreateChat();

        var (_, replies) = await chat.SendAsync(chat.Installation("add"));

        Assert.All(replies.Where(reply => reply.Attachments?.Count > 0), reply => Assert.Null(reply.Text));
    }

    [Fact]
    public async Task PeakReport_ChannelWithMentions_ReachesDraft()
    {
        var chat = CreateChat("channel");
        await chat.SendAsync(chat.Installation("add"));

        var (response, replies) = await chat.SendAsync(chat.Message(PeakDescription));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var prompts = new List<string>();
        for (var turn = 0; turn < 40 && !replies.Exists(IsDraft); turn++)
        {
            var question = replies.LastOrDefault(reply => TeamsMarkers.Get(reply, "prompt") is not null);
            var prompt = question is null ? null : TeamsMarkers.Get(question, "prompt");
            if (prompt is null)
            {
                break;
            }

            prompts.Add(prompt == "field" ? $"field:{TeamsMarkers.Get(question!, "field")}" : prompt);
            var answer = AnswerFor(question!);
            Assert.True(answer is not null, $"The script has no answer for {prompts[^1]}; prompts so far: {string.Join(", ", prompts)}.");
            (response, replies) = await chat.SendAsync(chat.Message(answer));
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }

        Assert.Contains(replies, IsDraft);
        Assert.Contains(replies, reply => TeamsMarkers.Get(reply, "system") == "peak");
    }

    private const string PeakAddress = "https://peak.my.site.com/peak/s/benefit-information";

    private const string PeakDescription =
        "PEAK shows the error 'We are unable to process your request' when I press Next on the Income page. "
        + "Client is Dana Testperson, SSN 219-09-9999, phone 303-555-0100. Case 1B00000. Page: " + PeakAddress;

    private static readonly Dictionary<string, string> PromptAnswers = new()
    {
        ["menu"] = "report a problem",
        ["cbmsUser"] = "no",
        ["role"] = "CBO staff",
        ["training"] = "report it anyway",
        ["tips"] = "still not working",
        ["pageAddress"] = PeakAddress,
        ["pickSystem"] = "PEAK",
        ["urgent"] = "no",
        ["piiReview"] = "remove",
    };

    private static readonly Dictionary<string, string> FieldAnswers = new()
    {
        ["description"] = PeakDescription,
        ["username"] = "cbo.helper.example",
        ["page"] = "Income page, Employment section",
        ["when"] = DateTime.Now.Date.AddDays(-1).AddHours(10.5).ToString("MM/dd/yyyy h:mm tt", CultureInfo.InvariantCulture),
        ["stepsTried"] = "Signed off and on, cleared the cache, tried Firefox",
        ["impact"] = "The application cannot be submitted",
        ["caseNumber"] = "1B00000",
        ["screenshot"] = "none",
        ["device"] = "none",
    };

    private static string? AnswerFor(Activity question)
    {
        var prompt = TeamsMarkers.Get(question, "prompt")!;
        return prompt == "field"
            ? FieldAnswers.GetValueOrDefault(TeamsMarkers.Get(question, "field") ?? "")
            : PromptAnswers.GetValueOrDefault(prompt);
    }

    // The e-mail draft is a statement (step) in the conversation; a prompt marker is accepted too.
    private static bool IsDraft(Activity reply) =>
        TeamsMarkers.Get(reply, "step") == "draft" || TeamsMarkers.Get(reply, "prompt") == "draft";

    // Installs the bot and answers the first-time questions, which come before the menu.
    private static async Task<List<Activity>> ReachMenuAsync(TeamsChat chat)
    {
        var (_, replies) = await chat.SendAsync(chat.Installation("add"));
        for (var turn = 0; turn < 5 && !replies.Exists(reply => TeamsMarkers.Get(reply, "prompt") == "menu"); turn++)
        {
            var question = replies.Last(reply => TeamsMarkers.Get(reply, "prompt") is not null);
            (_, replies) = await chat.SendAsync(chat.Message(AnswerFor(question)!, mention: false));
        }

        return replies;
    }

    private ConversationReferenceStore References => _factory.Services.GetRequiredService<ConversationReferenceStore>();

    private TeamsChat CreateChat(string conversationType = "personal", string tenantId = TestTokens.TenantId) =>
        new(_factory.CreateClient(), _connector, conversationType, tenantId);
}
