using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using HelpBot.Bot.Tests.Infrastructure;
using HelpBot.Bot.Tests.Support;

namespace HelpBot.Bot.Tests.DirectLine;

/// <summary>
/// A web chat user whose Direct Line token expired starts a new conversation with the same user credential, as a
/// page reload does, and continues the report left unfinished in the old one. The bot keeps the state in SQLite.
/// Every value is fake.
/// </summary>
public sealed class DirectLineReportResumptionTests : IDisposable
{
    private const string ConnectReport =
        "Connect for Health shows the error ERR-77 when my client clicks Create Account on https://connectforhealthco.com/login-portal/.";

    private readonly TemporaryDirectory _data = new();

    public void Dispose() => _data.Dispose();

    [Fact]
    public async Task NewConversation_SameCredential_ContinuesReport()
    {
        await using var factory = HelpBotFactory.ForSqliteConversation(_data.Path);
        var client = factory.CreateDirectLineClient();
        var first = await RequestSessionAsync(client, credential: null);
        await client.StartConversationAsync(first.Token);
        var step = 0;
        foreach (var answer in new[] { "no", "CBO staff", ConnectReport, "still broken, tried all three" })
        {
            await client.PostMessageAsync(first.ConversationId, first.Token, answer, $"a{++step}");
        }

        var unfinished = await DirectLineTranscripts.ReadLastQuestionAsync(client, first.ConversationId, first.Token);
        var second = await RequestSessionAsync(client, first.UserCredential);
        await client.StartConversationAsync(second.Token);
        var offer = await DirectLineTranscripts.ReadLastQuestionAsync(client, second.ConversationId, second.Token);
        await client.PostMessageAsync(second.ConversationId, second.Token, "continue", "b1");
        var question = await DirectLineTranscripts.ReadLastQuestionAsync(client, second.ConversationId, second.Token);

        Assert.Equal(first.UserId, second.UserId);
        Assert.NotEqual(first.ConversationId, second.ConversationId);
        Assert.Equal("resumeReport", DirectLineTranscripts.ReadMarker(offer, "prompt"));
        Assert.Contains("Connect for Health Colorado", offer.Text, StringComparison.Ordinal);
        Assert.Equal("field", DirectLineTranscripts.ReadMarker(unfinished, "prompt"));
        Assert.Equal("field", DirectLineTranscripts.ReadMarker(question, "prompt"));
        Assert.Equal(DirectLineTranscripts.ReadMarker(unfinished, "field"), DirectLineTranscripts.ReadMarker(question, "field"));
        Assert.Equal("connect-for-health", DirectLineTranscripts.ReadMarker(question, "system"));
    }

    // Requests a web chat token as the page does, with the credential of an earlier response or none.
    private static async Task<Session> RequestSessionAsync(DirectLineTestClient client, string? credential)
    {
        var body = credential is null ? "{}" : JsonSerializer.Serialize(new Dictionary<string, string> { ["userCredential"] = credential });
        using var response = await client.Http.PostAsync("/api/webchat/token", new StringContent(body, Encoding.UTF8, "application/json"));
        response.EnsureSuccessStatusCode();
        var json = (await response.Content.ReadFromJsonAsync<JsonDocument>())!.RootElement;
        return new Session(
            json.GetProperty("token").GetString()!,
            json.GetProperty("conversationId").GetString()!,
            json.GetProperty("userId").GetString()!,
            json.GetProperty("userCredential").GetString()!);
    }

    private sealed record Session(string Token, string ConversationId, string UserId, string UserCredential);
}
