using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using HelpBot.Protocol.DirectLine;
using HelpBot.Protocol.Models;
using HelpBot.Protocol.Serialization;

namespace HelpBot.Bot.Tests.Infrastructure;

/// <summary>Calls the Direct Line routes the way DirectLineJS does.</summary>
internal sealed class DirectLineTestClient(HttpClient http)
{
    public const string Prefix = "/v3/directline";

    public HttpClient Http { get; } = http;

    public Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, string? bearer, HttpContent? content = null)
    {
        var request = new HttpRequestMessage(method, path) { Content = content };
        if (bearer is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", bearer);
        }

        return Http.SendAsync(request);
    }

    public async Task<Conversation> GenerateTokenAsync()
    {
        using var response = await SendAsync(HttpMethod.Post, $"{Prefix}/tokens/generate", HelpBotFactory.Secret);
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync(ProtocolJsonContext.Default.Conversation))!;
    }

    public async Task<(HttpStatusCode Status, Conversation Conversation)> StartConversationAsync(string bearer)
    {
        using var response = await SendAsync(HttpMethod.Post, $"{Prefix}/conversations", bearer);
        Assert.True(response.IsSuccessStatusCode, $"Starting a conversation failed with {response.StatusCode}.");
        return (response.StatusCode, (await response.Content.ReadFromJsonAsync(ProtocolJsonContext.Default.Conversation))!);
    }

    /// <summary>Generates a token and starts its conversation; returns the started conversation.</summary>
    public async Task<Conversation> StartNewConversationAsync()
    {
        var generated = await GenerateTokenAsync();
        var (_, conversation) = await StartConversationAsync(generated.Token!);
        return conversation;
    }

    public async Task<HttpResponseMessage> PostActivityAsync(string conversationId, string token, Activity activity) =>
        await SendAsync(HttpMethod.Post, $"{Prefix}/conversations/{conversationId}/activities", token, CreateJson(activity));

    public async Task<string> PostMessageAsync(string conversationId, string token, string text, string clientActivityId)
    {
        using var response = await PostActivityAsync(conversationId, token, CreateMessage(text, clientActivityId));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var resource = await response.Content.ReadFromJsonAsync(ProtocolJsonContext.Default.ResourceResponse);
        return resource!.Id!;
    }

    public async Task<ActivitySet> GetActivitiesAsync(string conversationId, string token, string? watermark = null)
    {
        var query = watermark is null ? "" : $"?watermark={watermark}";
        using var response = await SendAsync(HttpMethod.Get, $"{Prefix}/conversations/{conversationId}/activities{query}", token);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync(ProtocolJsonContext.Default.ActivitySet))!;
    }

    public static Activity CreateMessage(string text, string clientActivityId) => new()
    {
        Type = ActivityTypes.Message,
        ChannelId = ChannelIds.WebChat,
        Text = text,
        From = new ChannelAccount("dl_someone-else", "Dana Testperson", RoleTypes.User),
        Locale = "en-US",
        ChannelData = JsonDocument.Parse($$"""{"clientActivityID":"{{clientActivityId}}","clientTimestamp":"1900-01-01T00:00:00.000Z"}""").RootElement,
    };

    public static StringContent CreateJson(Activity activity) =>
        new(JsonSerializer.Serialize(activity, ProtocolJsonContext.Default.Activity), Encoding.UTF8, "application/json");
}
