using System.Net;
using System.Text;
using HelpBot.Bot.Hosting;
using HelpBot.Bot.Tests.Infrastructure;
using HelpBot.Dialogs.Conversation.FollowUp;
using HelpBot.Domain.FollowUp;
using Microsoft.Extensions.DependencyInjection;

namespace HelpBot.Bot.Tests.Hosting;

/// <summary>The host serves a stored supervisor digest as a CSV attachment, and nothing for other ids.</summary>
public sealed class DigestDownloadTests : IDisposable
{
    private readonly HelpBotFactory _factory = HelpBotFactory.ForConversation();

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task GetDigest_Stored_ReturnsCsvAttachment()
    {
        var csv = CreateCsv();
        var id = await _factory.Services.GetRequiredService<IDigestExportStore>().SaveAsync(csv, CancellationToken.None);
        using var http = _factory.CreateClient();

        using var response = await http.GetAsync(new Uri($"/digests/{id}.csv", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("utf-8", response.Content.Headers.ContentType?.CharSet);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Equal(DigestRoutes.FileName, response.Content.Headers.ContentDisposition?.FileName?.Trim('"'));
        Assert.Equal("nosniff", string.Join(",", response.Headers.GetValues("X-Content-Type-Options")));
        Assert.True(response.Headers.CacheControl?.NoStore);
        Assert.Equal(csv, await response.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task GetDigest_Stored_FirstLineIsColumnHeader()
    {
        var id = await _factory.Services.GetRequiredService<IDigestExportStore>().SaveAsync(CreateCsv(), CancellationToken.None);
        using var http = _factory.CreateClient();

        var body = await http.GetStringAsync(new Uri($"/digests/{id}.csv", UriKind.Relative));

        var header = body.TrimStart('\uFEFF').Split("\r\n")[0];
        Assert.Equal(string.Join(",", DigestCsv.Columns), header);
    }

    [Theory]
    [InlineData("AAAAAAAAAAAAAAAAAAAAAA")]
    [InlineData("not-a-digest")]
    [InlineData("..%2F..%2Fappsettings")]
    public async Task GetDigest_UnknownId_Returns404Envelope(string id)
    {
        using var http = _factory.CreateClient();

        using var response = await http.GetAsync(new Uri($"/digests/{id}.csv", UriKind.Relative));

        await ErrorAssert.EnvelopeAsync(response, HttpStatusCode.NotFound, ErrorCodes.NotFound);
    }

    [Fact]
    public async Task GetDigest_DraftId_Returns404Envelope()
    {
        var link = await _factory.Services.GetRequiredService<Dialogs.Conversation.Drafts.IDraftStore>()
            .SaveAsync(Encoding.UTF8.GetBytes("Subject: fake\r\n\r\nfake\r\n"), CancellationToken.None);
        using var http = _factory.CreateClient();

        using var response = await http.GetAsync(new Uri($"/digests/{link.Id}.csv", UriKind.Relative));

        await ErrorAssert.EnvelopeAsync(response, HttpStatusCode.NotFound, ErrorCodes.NotFound);
    }

    private static byte[] CreateCsv()
    {
        var now = new DateTimeOffset(2026, 11, 2, 17, 0, 0, TimeSpan.Zero);
        var digest = DigestBuilder.Build([], now.AddDays(-30), now);
        return DigestCsv.WriteUtf8(digest);
    }
}
