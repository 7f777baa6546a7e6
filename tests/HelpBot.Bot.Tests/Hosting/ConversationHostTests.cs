using System.Net;
using System.Text;
using System.Text.Json;
using HelpBot.Bot.Hosting;
using HelpBot.Bot.Tests.Infrastructure;
using HelpBot.Bot.Tests.Support;
using HelpBot.Dialogs.Conversation.Drafts;
using HelpBot.Protocol.Models;
using Microsoft.Extensions.DependencyInjection;

namespace HelpBot.Bot.Tests.Hosting;

/// <summary>The host with HelpBot's real conversation: the welcome over Direct Line and the <c>.eml</c> downloads.</summary>
public sealed class ConversationHostTests : IDisposable
{
    private const string DraftText = "Subject: Test draft\r\nTo: help@example.org\r\n\r\nBody of a fake draft.\r\n";

    private readonly HelpBotFactory _factory = HelpBotFactory.ForConversation();

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task Start_RealConversation_WelcomeFirst()
    {
        var client = _factory.CreateDirectLineClient();
        var conversation = await client.StartNewConversationAsync();

        var set = await client.GetActivitiesAsync(conversation.ConversationId!, conversation.Token!);

        Assert.NotEmpty(set.Activities);
        var welcome = set.Activities[0];
        Assert.Equal(RoleTypes.Bot, welcome.From?.Role);
        Assert.False(string.IsNullOrWhiteSpace(welcome.Text));
        Assert.Equal("welcome", ReadMarker(welcome, "step"));
    }

    [Fact]
    public async Task Start_RealConversation_AsksQuestionAfterWelcome()
    {
        var client = _factory.CreateDirectLineClient();
        var conversation = await client.StartNewConversationAsync();

        var set = await client.GetActivitiesAsync(conversation.ConversationId!, conversation.Token!);

        Assert.Contains(set.Activities.Skip(1), activity => ReadMarker(activity, "prompt") is not null);
    }

    [Fact]
    public async Task GetDraft_Stored_ReturnsEmlAttachment()
    {
        var link = await _factory.Services.GetRequiredService<IDraftStore>().SaveAsync(Encoding.UTF8.GetBytes(DraftText), CancellationToken.None);
        using var http = _factory.CreateClient();

        using var response = await http.GetAsync(new Uri($"/drafts/{link.Id}.eml", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(DraftRoutes.ContentType, response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Equal(DraftRoutes.FileName, response.Content.Headers.ContentDisposition?.FileName?.Trim('"'));
        Assert.Equal("nosniff", string.Join(",", response.Headers.GetValues("X-Content-Type-Options")));
        Assert.True(response.Headers.CacheControl?.NoStore);
        Assert.Equal(DraftText, await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("AAAAAAAAAAAAAAAAAAAAAA")]
    [InlineData("not-a-draft")]
    [InlineData("..%2F..%2Fappsettings")]
    public async Task GetDraft_UnknownId_Returns404Envelope(string id)
    {
        using var http = _factory.CreateClient();

        using var response = await http.GetAsync(new Uri($"/drafts/{id}.eml", UriKind.Relative));

        await ErrorAssert.EnvelopeAsync(response, HttpStatusCode.NotFound, ErrorCodes.NotFound);
    }

    [Fact]
    public async Task GetDraft_RandomId_Returns404Envelope()
    {
        using var http = _factory.CreateClient();
        var id = Convert.ToBase64String(Guid.NewGuid().ToByteArray()).TrimEnd('=').Replace('+', '-').Replace('/', '_');

        using var response = await http.GetAsync(new Uri($"/drafts/{id}.eml", UriKind.Relative));

        await ErrorAssert.EnvelopeAsync(response, HttpStatusCode.NotFound, ErrorCodes.NotFound);
    }

    private static string? ReadMarker(Activity activity, string name) => DirectLineTranscripts.ReadMarker(activity, name);
}
