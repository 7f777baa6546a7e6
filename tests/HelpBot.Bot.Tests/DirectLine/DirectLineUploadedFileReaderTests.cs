using System.Net.Http.Headers;
using HelpBot.Bot.Channels.DirectLine;
using HelpBot.Bot.Tests.Infrastructure;
using HelpBot.Dialogs.Conversation.Uploads;
using Microsoft.Extensions.DependencyInjection;

namespace HelpBot.Bot.Tests.DirectLine;

/// <summary>The host reads web chat uploads from the Direct Line store, so .eml drafts can attach them.</summary>
public sealed class DirectLineUploadedFileReaderTests : IDisposable
{
    private static readonly byte[] PngBytes = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 1, 2, 3, 4];

    private readonly HelpBotFactory _factory = new();

    public void Dispose() => _factory.Dispose();

    [Fact]
    public void Host_RegistersDirectLineReader()
    {
        Assert.IsType<DirectLineUploadedFileReader>(_factory.Services.GetRequiredService<IUploadedFileReader>());
    }

    [Fact]
    public async Task ReadAsync_UploadedFile_ReturnsStoredBytes()
    {
        var (conversationId, file) = await UploadAsync();

        var content = await Reader.ReadAsync(conversationId, file, CancellationToken.None);

        Assert.NotNull(content);
        Assert.Equal("image/png", content.ContentType);
        Assert.Equal(PngBytes, content.Content);
    }

    [Fact]
    public async Task ReadAsync_OtherConversation_ReturnsNull()
    {
        var (_, file) = await UploadAsync();
        var (otherConversationId, _) = await UploadAsync();

        Assert.Null(await Reader.ReadAsync(otherConversationId, file, CancellationToken.None));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("not a url")]
    [InlineData("https://smba.trafficmanager.net/teams/v3/attachments/abc/views/original")]
    [InlineData("http://127.0.0.1/v3/directline/conversations/../attachments/x")]
    public async Task ReadAsync_OtherAddress_ReturnsNull(string? contentUrl)
    {
        var (conversationId, _) = await UploadAsync();
        var file = new UploadedFileReference { Name = "screen.png", ContentUrl = contentUrl };

        Assert.Null(await Reader.ReadAsync(conversationId, file, CancellationToken.None));
    }

    [Fact]
    public async Task ReadAsync_UnknownAttachmentId_ReturnsNull()
    {
        var (conversationId, file) = await UploadAsync();
        var lastSlash = file.ContentUrl!.LastIndexOf('/');
        var unknown = new UploadedFileReference { Name = file.Name, ContentUrl = file.ContentUrl[..(lastSlash + 1)] + DirectLineIds.NewAttachmentId() };

        Assert.Null(await Reader.ReadAsync(conversationId, unknown, CancellationToken.None));
    }

    private IUploadedFileReader Reader => _factory.Services.GetRequiredService<IUploadedFileReader>();

    // Uploads one PNG to a new conversation and returns the file as the bot's turn saw it.
    private async Task<(string ConversationId, UploadedFileReference File)> UploadAsync()
    {
        var client = _factory.CreateDirectLineClient();
        var conversation = await client.StartNewConversationAsync();
        var content = new ByteArrayContent(PngBytes);
        content.Headers.ContentType = new MediaTypeHeaderValue("image/png");
        content.Headers.ContentDisposition = new ContentDispositionHeaderValue("attachment") { FileName = "\"screen.png\"" };
        using var response = await client.SendAsync(HttpMethod.Post, $"/v3/directline/conversations/{conversation.ConversationId}/upload", conversation.Token, content);
        response.EnsureSuccessStatusCode();

        var set = await client.GetActivitiesAsync(conversation.ConversationId!, conversation.Token!, "1");
        var attachment = Assert.Single(set.Activities[0].Attachments!);
        return (conversation.ConversationId!, new UploadedFileReference { Name = attachment.Name!, ContentType = attachment.ContentType, ContentUrl = attachment.ContentUrl });
    }
}
