using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using HelpBot.Bot.Tests.Infrastructure;
using HelpBot.Protocol.DirectLine;
using HelpBot.Protocol.Models;
using HelpBot.Protocol.Serialization;

namespace HelpBot.Bot.Tests.DirectLine;

public sealed class DirectLineUploadTests : IDisposable
{
    private static readonly byte[] PngBytes = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 1, 2, 3, 4];

    private readonly HelpBotFactory _factory = new(new Dictionary<string, string?>
    {
        ["DirectLine:MaxUploadFileBytes"] = "1024",
        ["DirectLine:MaxUploadRequestBytes"] = "4096",
    });

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task Upload_RawFile_AttachesPrivateUrl()
    {
        var client = _factory.CreateDirectLineClient();
        var conversation = await client.StartNewConversationAsync();
        var content = new ByteArrayContent(PngBytes);
        content.Headers.ContentType = new MediaTypeHeaderValue("image/png");
        content.Headers.ContentDisposition = new ContentDispositionHeaderValue("attachment") { Name = "\"file\"", FileName = "\"screen.png\"" };

        using var response = await client.SendAsync(HttpMethod.Post, UploadPath(conversation), conversation.Token, content);
        var set = await client.GetActivitiesAsync(conversation.ConversationId!, conversation.Token!, "1");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var attachment = Assert.Single(set.Activities[0].Attachments!);
        Assert.Equal("image/png", attachment.ContentType);
        Assert.Equal("screen.png", attachment.Name);
        Assert.StartsWith($"http://localhost/v3/directline/conversations/{conversation.ConversationId}/attachments/", attachment.ContentUrl, StringComparison.Ordinal);
        Assert.Equal("You sent 1 attachment(s).", set.Activities[1].Text);
    }

    [Fact]
    public async Task Upload_Multipart_KeepsActivityAndFiles()
    {
        var client = _factory.CreateDirectLineClient();
        var conversation = await client.StartNewConversationAsync();
        using var form = CreateMultipart(("file", "screen.png", "image/png", PngBytes), ("file", "notes.txt", "text/plain", "line one"u8.ToArray()));

        using var response = await client.SendAsync(HttpMethod.Post, UploadPath(conversation), conversation.Token, form);
        var set = await client.GetActivitiesAsync(conversation.ConversationId!, conversation.Token!, "1");
        var echo = set.Activities[0];
        using var file = await client.Http.GetAsync(new Uri(echo.Attachments![1].ContentUrl!).PathAndQuery);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("upload-1", echo.GetChannelDataString("clientActivityID"));
        Assert.Equal("see attached", echo.Text);
        Assert.Equal(2, echo.Attachments.Count);
        Assert.Equal("line one", await file.Content.ReadAsStringAsync());
        Assert.Equal("text/plain", file.Content.Headers.ContentType?.MediaType);
        Assert.Equal("nosniff", file.Headers.GetValues("X-Content-Type-Options").Single());
    }

    [Fact]
    public async Task Upload_FileOverLimit_Returns413()
    {
        var client = _factory.CreateDirectLineClient();
        var conversation = await client.StartNewConversationAsync();
        using var form = CreateMultipart(("file", "big.png", "image/png", new byte[2048]));

        using var response = await client.SendAsync(HttpMethod.Post, UploadPath(conversation), conversation.Token, form);

        await ErrorAssert.EnvelopeAsync(response, HttpStatusCode.RequestEntityTooLarge, "MessageSizeTooBig");
    }

    [Fact]
    public async Task Upload_RequestOverLimit_Returns413()
    {
        var client = _factory.CreateDirectLineClient();
        var conversation = await client.StartNewConversationAsync();
        var files = Enumerable.Range(0, 5).Select(i => ("file", $"part{i}.png", "image/png", new byte[1000])).ToArray();
        using var form = CreateMultipart(files);

        using var response = await client.SendAsync(HttpMethod.Post, UploadPath(conversation), conversation.Token, form);

        await ErrorAssert.EnvelopeAsync(response, HttpStatusCode.RequestEntityTooLarge, "MessageSizeTooBig");
    }

    [Theory]
    [InlineData("text/html")]
    [InlineData("application/x-msdownload")]
    [InlineData("image/svg+xml")]
    public async Task Upload_TypeNotAllowed_Returns415(string contentType)
    {
        var client = _factory.CreateDirectLineClient();
        var conversation = await client.StartNewConversationAsync();
        using var form = CreateMultipart(("file", "page.bin", contentType, "<b>x</b>"u8.ToArray()));

        using var response = await client.SendAsync(HttpMethod.Post, UploadPath(conversation), conversation.Token, form);

        await ErrorAssert.EnvelopeAsync(response, HttpStatusCode.UnsupportedMediaType, "UnsupportedMediaType");
    }

    [Fact]
    public async Task Upload_EmptyFile_Returns400()
    {
        var client = _factory.CreateDirectLineClient();
        var conversation = await client.StartNewConversationAsync();
        using var form = CreateMultipart(("file", "empty.png", "image/png", []));

        using var response = await client.SendAsync(HttpMethod.Post, UploadPath(conversation), conversation.Token, form);

        await ErrorAssert.EnvelopeAsync(response, HttpStatusCode.BadRequest, "BadArgument");
    }

    [Fact]
    public async Task Upload_RawFileWithoutName_GetsExtension()
    {
        var client = _factory.CreateDirectLineClient();
        var conversation = await client.StartNewConversationAsync();
        var content = new ByteArrayContent(PngBytes);
        content.Headers.ContentType = new MediaTypeHeaderValue("image/png");

        using var response = await client.SendAsync(HttpMethod.Post, UploadPath(conversation), conversation.Token, content);
        var set = await client.GetActivitiesAsync(conversation.ConversationId!, conversation.Token!, "1");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("file.png", Assert.Single(set.Activities[0].Attachments!).Name);
    }

    [Fact]
    public async Task Upload_NoFile_Returns400()
    {
        var client = _factory.CreateDirectLineClient();
        var conversation = await client.StartNewConversationAsync();
        using var form = CreateMultipart();

        using var response = await client.SendAsync(HttpMethod.Post, UploadPath(conversation), conversation.Token, form);

        await ErrorAssert.EnvelopeAsync(response, HttpStatusCode.BadRequest, "MissingProperty");
    }

    [Fact]
    public async Task Attachment_UnknownId_Returns404()
    {
        var client = _factory.CreateDirectLineClient();
        var conversation = await client.StartNewConversationAsync();

        using var response = await client.Http.GetAsync($"/v3/directline/conversations/{conversation.ConversationId}/attachments/AAAAAAAAAAAAAAAAAAAAAA");

        await ErrorAssert.EnvelopeAsync(response, HttpStatusCode.NotFound, "NotFound");
    }

    [Theory]
    [InlineData("attachment; filename=\"../../etc/passwd\"", "passwd")]
    [InlineData("attachment; filename=\"C:\\\\temp\\\\x.png\"", "x.png")]
    [InlineData("attachment", "file")]
    [InlineData(null, "file")]
    public void ReadFileName_UnsafeName_KeepsLastSegment(string? disposition, string expected)
    {
        Assert.Equal(expected, HelpBot.Bot.Channels.DirectLine.UploadReader.ReadFileName(disposition));
    }

    private static string UploadPath(Conversation conversation) =>
        $"/v3/directline/conversations/{conversation.ConversationId}/upload?userId=dl_ignored";

    private static MultipartFormDataContent CreateMultipart(params (string Name, string FileName, string ContentType, byte[] Bytes)[] files)
    {
        var form = new MultipartFormDataContent();
        var activity = new StringContent(
            """{"type":"message","text":"see attached","channelData":{"clientActivityID":"upload-1"}}""", Encoding.UTF8);
        activity.Headers.ContentType = new MediaTypeHeaderValue("application/vnd.microsoft.activity");
        form.Add(activity, "activity");
        foreach (var (name, fileName, contentType, bytes) in files)
        {
            var part = new ByteArrayContent(bytes);
            part.Headers.ContentType = new MediaTypeHeaderValue(contentType);
            form.Add(part, name, fileName);
        }

        return form;
    }
}
