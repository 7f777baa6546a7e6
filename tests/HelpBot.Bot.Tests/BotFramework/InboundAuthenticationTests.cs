using System.Net;
using HelpBot.Bot.Tests.Infrastructure;
using HelpBot.Protocol.Models;
using Microsoft.IdentityModel.Tokens;

namespace HelpBot.Bot.Tests.BotFramework;

public sealed class InboundAuthenticationTests(SecuredBotFixture bot) : IClassFixture<SecuredBotFixture>
{
    [Fact]
    public async Task Post_ValidBotConnectorToken_Returns200AndReplies()
    {
        var activity = CreateMessage();
        var token = TestTokens.Create(bot.TeamsKey, serviceUrl: activity.ServiceUrl);

        using var response = await PostAsync(activity, $"Bearer {token}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await bot.Connector.WaitForAsync(replies => replies.Any(reply => reply.Conversation?.Id == activity.Conversation!.Id));
    }

    [Fact]
    public async Task Post_ValidToken_ReplyCarriesBotToken()
    {
        var activity = CreateMessage();
        var token = TestTokens.Create(bot.TeamsKey, serviceUrl: activity.ServiceUrl);

        using var response = await PostAsync(activity, $"Bearer {token}");

        await bot.Connector.WaitForAsync(replies => replies.Any(reply => reply.Conversation?.Id == activity.Conversation!.Id));
        var reply = bot.Connector.Accepted.First(request => request.Body.Contains(activity.Conversation!.Id!, StringComparison.Ordinal));
        Assert.Equal($"Bearer {FakeBotTokenProvider.Token}", reply.Authorization);
    }

    [Fact]
    public async Task Post_ValidEntraTokenOwnTenant_Returns200()
    {
        var activity = CreateMessage();
        var token = TestTokens.Create(bot.EntraKey, issuer: TestTokens.EntraIssuer(TestTokens.TenantId), tenantId: TestTokens.TenantId);

        using var response = await PostAsync(activity, $"Bearer {token}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Post_NotBeforeWithinSkew_Returns200()
    {
        var activity = CreateMessage();
        var token = TestTokens.Create(bot.TeamsKey, serviceUrl: activity.ServiceUrl, notBefore: DateTime.UtcNow.AddMinutes(3));

        using var response = await PostAsync(activity, $"Bearer {token}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("Bearer")]
    [InlineData("Bearer ")]
    [InlineData("Basic dXNlcjpwYXNz")]
    [InlineData("Bearer not-a-jwt")]
    [InlineData("Bearer a.b.c")]
    public async Task Post_MissingOrMalformedAuthorization_Returns401(string? authorization)
    {
        using var response = await PostAsync(CreateMessage(), authorization);

        await ErrorAssert.EnvelopeAsync(response, HttpStatusCode.Unauthorized, "Unauthorized");
    }

    public static TheoryData<string> RejectedTokens => new()
    {
        "badSignature", "unknownKey", "wrongIssuer", "wrongAudience", "expired", "notYetValid",
        "serviceUrlMismatch", "serviceUrlMissing", "channelNotEndorsed", "entraOtherTenantIssuer", "entraTenantClaimMismatch",
    };

    [Theory]
    [MemberData(nameof(RejectedTokens))]
    public async Task Post_RejectedToken_Returns403(string scenario)
    {
        var activity = CreateMessage();

        using var response = await PostAsync(activity, $"Bearer {CreateToken(scenario, activity.ServiceUrl!)}");

        await ErrorAssert.EnvelopeAsync(response, HttpStatusCode.Forbidden, "Forbidden");
    }

    [Theory]
    [MemberData(nameof(RejectedTokens))]
    public async Task Post_RejectedToken_SendsNothing(string scenario)
    {
        var activity = CreateMessage();

        using var response = await PostAsync(activity, $"Bearer {CreateToken(scenario, activity.ServiceUrl!)}");

        Assert.DoesNotContain(bot.Connector.Requests, request => request.Body.Contains(activity.Conversation!.Id!, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Post_ExpiredToken_MessageHidesReason()
    {
        var activity = CreateMessage();

        using var response = await PostAsync(activity, $"Bearer {CreateToken("expired", activity.ServiceUrl!)}");

        var body = await response.Content.ReadAsStringAsync();
        Assert.DoesNotContain("expire", body, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("reference", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_RejectedToken_LogsReasonWithReference()
    {
        var activity = CreateMessage();

        using var response = await PostAsync(activity, $"Bearer {CreateToken("wrongAudience", activity.ServiceUrl!)}");

        var record = bot.Factory.Logs.GetSnapshot().Last(entry => entry.Id.Name == "MessagesTokenRejected");
        Assert.Contains("InvalidAudience", record.Message, StringComparison.Ordinal);
    }

    private string CreateToken(string scenario, string serviceUrl)
    {
        var now = DateTime.UtcNow;
        return scenario switch
        {
            "badSignature" => TestTokens.Create(TestIdentityServer.CreateKey(SecuredBotFixture.TeamsKeyId), serviceUrl: serviceUrl),
            "unknownKey" => TestTokens.Create(TestIdentityServer.CreateKey("kid-nobody-published"), serviceUrl: serviceUrl),
            "wrongIssuer" => TestTokens.Create(bot.TeamsKey, issuer: "https://api.botframework.com.example.org", serviceUrl: serviceUrl),
            "wrongAudience" => TestTokens.Create(bot.TeamsKey, audience: "00000000-0000-4000-8000-0000000000ff", serviceUrl: serviceUrl),
            "expired" => TestTokens.Create(bot.TeamsKey, serviceUrl: serviceUrl, notBefore: now.AddMinutes(-30), expires: now.AddMinutes(-6)),
            "notYetValid" => TestTokens.Create(bot.TeamsKey, serviceUrl: serviceUrl, notBefore: now.AddMinutes(6), expires: now.AddHours(1)),
            "serviceUrlMismatch" => TestTokens.Create(bot.TeamsKey, serviceUrl: "https://smba.trafficmanager.net/amer/"),
            "serviceUrlMissing" => TestTokens.Create(bot.TeamsKey),
            "channelNotEndorsed" => TestTokens.Create(bot.EmulatorKey, serviceUrl: serviceUrl),
            "entraOtherTenantIssuer" => TestTokens.Create(bot.EntraKey, issuer: TestTokens.EntraIssuer(TestTokens.OtherTenantId), tenantId: TestTokens.OtherTenantId),
            "entraTenantClaimMismatch" => TestTokens.Create(bot.EntraKey, issuer: TestTokens.EntraIssuer(TestTokens.TenantId), tenantId: TestTokens.OtherTenantId),
            _ => throw new ArgumentOutOfRangeException(nameof(scenario), scenario, "Unknown scenario."),
        };
    }

    private Activity CreateMessage() =>
        BotFrameworkActivities.CreateMessage(bot.Connector.BaseAddress, "hi", $"a:auth-{Guid.NewGuid():N}");

    private async Task<HttpResponseMessage> PostAsync(Activity activity, string? authorization)
    {
        using var request = BotFrameworkActivities.CreateRequest(activity, authorization);
        return await bot.Factory.CreateClient().SendAsync(request);
    }
}
