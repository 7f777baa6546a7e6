using System.Net.Http.Headers;
using System.Text.RegularExpressions;
using HelpBot.Bot.Tests.Infrastructure;
using HelpBot.Protocol.Models;
using MimeKit;

namespace HelpBot.Bot.Tests.Hosting;

/// <summary>The host with HelpBot's real conversation: a web chat upload reaches the PEAK .eml draft as an attachment.</summary>
public sealed partial class DraftAttachmentHostTests : IDisposable
{
    private static readonly byte[] PngBytes = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 1, 2, 3, 4];

    private readonly HelpBotFactory _factory = HelpBotFactory.ForConversation();

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task UploadAtTips_EmlDownload_CarriesFile()
    {
        var client = _factory.CreateDirectLineClient();
        var conversation = await client.StartNewConversationAsync();
        var id = conversation.ConversationId!;
        var token = conversation.Token!;
        var step = 0;
        foreach (var text in new[] { "no", "CBO staff", "When I press Submit on the income page PEAK shows the error ERR-500." })
        {
            await PostAsync(client, id, token, text, $"m{step++}");
        }

        await UploadAsync(client, id, token);
        foreach (var text in new[]
        {
            "still broken, tried all three", "https://peak.my.site.com/peak/s/benefit-information", "no", "cbo.navigator01", "keep",
            "03/10/2026 9:15 am", "The client could not submit", "1B00000",
        })
        {
            await PostAsync(client, id, token, text, $"m{step++}");
        }

        var replies = (await client.GetActivitiesAsync(id, token)).Activities.Select(activity => activity.Summary ?? activity.Text ?? "").ToList();
        Assert.Contains("I kept screen.png for the report.", replies);
        var link = replies.Select(text => DraftLink().Match(text)).Single(match => match.Success).Value;
        using var http = _factory.CreateClient();
        using var response = await http.GetAsync(new Uri(link, UriKind.Relative));
        response.EnsureSuccessStatusCode();
        var message = await MimeMessage.LoadAsync(await response.Content.ReadAsStreamAsync());

        var attachment = Assert.IsType<MimePart>(Assert.Single(message.Attachments));
        Assert.Equal("screen.png", attachment.FileName);
        using var bytes = new MemoryStream();
        await attachment.Content!.DecodeToAsync(bytes);
        Assert.Equal(PngBytes, bytes.ToArray());
        Assert.Contains("Attached: screen.png", message.TextBody, StringComparison.Ordinal);
        Assert.DoesNotContain("by hand", message.TextBody, StringComparison.Ordinal);
    }

    // The upload's message gets the conversation's channel, so the typed messages use it too and share its state.
    private static async Task PostAsync(DirectLineTestClient client, string conversationId, string token, string text, string clientActivityId)
    {
        var message = DirectLineTestClient.CreateMessage(text, clientActivityId);
        message.ChannelId = ChannelIds.DirectLine;
        using var response = await client.PostActivityAsync(conversationId, token, message);
        response.EnsureSuccessStatusCode();
    }

    private static async Task UploadAsync(DirectLineTestClient client, string conversationId, string token)
    {
        var content = new ByteArrayContent(PngBytes);
        content.Headers.ContentType = new MediaTypeHeaderValue("image/png");
        content.Headers.ContentDisposition = new ContentDispositionHeaderValue("attachment") { FileName = "\"screen.png\"" };
        using var response = await client.SendAsync(HttpMethod.Post, $"{DirectLineTestClient.Prefix}/conversations/{conversationId}/upload", token, content);
        response.EnsureSuccessStatusCode();
    }

    [GeneratedRegex(@"/drafts/[A-Za-z0-9_-]{22}\.eml")]
    private static partial Regex DraftLink();
}
