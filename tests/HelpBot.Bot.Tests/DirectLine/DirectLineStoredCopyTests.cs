using System.Net;
using System.Net.Http.Headers;
using System.Text;
using HelpBot.Bot.Channels.DirectLine;
using HelpBot.Bot.Tests.Infrastructure;
using HelpBot.Bot.Tests.Support;
using HelpBot.Protocol.DirectLine;
using HelpBot.Protocol.Models;
using Microsoft.Extensions.DependencyInjection;

namespace HelpBot.Bot.Tests.DirectLine;

/// <summary>
/// Uploaded file names and the bot's replies are stored with identifiers replaced, while the bot's
/// turn gets the names as sent and clients reading at once get the replies as sent. Every value is fake.
/// </summary>
public sealed class DirectLineStoredCopyTests : IDisposable
{
    private const string FileName = "screen Dana Testperson 303-555-0147.png";
    private const string RedactedFileName = "screen [NAME] [PHONE].png";
    private static readonly byte[] PngBytes = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 1, 2, 3, 4];

    private readonly TemporaryDirectory _data = new();

    public void Dispose() => _data.Dispose();

    [Theory]
    [InlineData(FileName, RedactedFileName)]
    [InlineData("notes.txt", "notes.txt")]
    [InlineData("screen Dana Testperson.png", "screen [NAME].png")]
    [InlineData("078-05-1120", "[SSN]")]
    [InlineData("ssn 078-05-1120.pdf", "ssn [SSN].pdf")]
    [InlineData("dana@example.org", "[EMAIL]")]
    [InlineData("from dana@example.org.txt", "from [EMAIL].txt")]
    public async Task RedactFileName_Identifiers_ReplacedKeepingExtension(string fileName, string expected)
    {
        await using var factory = new HelpBotFactory();
        var redactor = factory.Services.GetRequiredService<TranscriptRedactor>();

        Assert.Equal(expected, redactor.RedactFileName(fileName));
    }

    [Theory]
    [InlineData(
        "mailto:cbms.help@state.co.us?subject=PEAK%20issue&body=The%20client%27s%20SSN%20000-00-0001%20is%20on%20file.",
        "mailto:cbms.help@state.co.us?subject=PEAK%20issue&body=The%20client%27s%20SSN%20%5BSSN%5D%20is%20on%20file.")]
    [InlineData(
        "mailto:cbms.help@state.co.us?subject=PEAK%20issue&body=Upload%20fails%20on%20the%20income%20page.",
        "mailto:cbms.help@state.co.us?subject=PEAK%20issue&body=Upload%20fails%20on%20the%20income%20page.")]
    public async Task CreateStoredCopy_MailLinkInCard_QueryValuesRedacted(string link, string expected)
    {
        await using var factory = new HelpBotFactory();
        var redactor = factory.Services.GetRequiredService<TranscriptRedactor>();
        var card = System.Text.Json.JsonDocument.Parse($$"""{"actions":[{"type":"Action.OpenUrl","url":"{{link}}"}]}""").RootElement;
        var activity = new Activity { Type = ActivityTypes.Message, Attachments = [new Attachment { ContentType = "application/vnd.microsoft.card.adaptive", Content = card }] };

        var (copy, _) = redactor.CreateStoredCopy(activity);

        Assert.Equal(expected, copy.Attachments![0].Content!.Value.GetProperty("actions")[0].GetProperty("url").GetString());
    }

    [Fact]
    public async Task Upload_NameWithIdentifiers_StoredRedacted()
    {
        var handler = new CardReplyTurnHandler();
        await using var factory = HelpBotFactory.WithTurnHandler(handler, SqliteSettings());
        var client = factory.CreateDirectLineClient();
        var conversation = await client.StartNewConversationAsync();
        var content = new ByteArrayContent(PngBytes);
        content.Headers.ContentType = new MediaTypeHeaderValue("image/png");
        content.Headers.ContentDisposition = new ContentDispositionHeaderValue("attachment") { Name = "\"file\"", FileName = $"\"{FileName}\"" };

        using var response = await client.SendAsync(HttpMethod.Post, UploadPath(conversation), conversation.Token, content);
        var set = await client.GetActivitiesAsync(conversation.ConversationId!, conversation.Token!);
        var echo = Assert.Single(set.Activities, activity => activity.From?.Role == RoleTypes.User);
        var attachment = Assert.Single(echo.Attachments!);
        using var file = await client.Http.GetAsync(new Uri(attachment.ContentUrl!).PathAndQuery);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal([FileName], handler.AttachmentNames);
        Assert.Equal(RedactedFileName, attachment.Name);
        Assert.Equal(RedactedFileName, file.Content.Headers.ContentDisposition?.FileNameStar);
        Assert.Equal([RedactedFileName], await ReadColumnAsync("SELECT name FROM directline_attachments"));
        AssertFilesExclude("303-555-0147", "Testperson");
    }

    [Fact]
    public async Task BotReply_Stored_IdentifiersReplaced()
    {
        await using var factory = HelpBotFactory.WithTurnHandler(new CardReplyTurnHandler(), SqliteSettings());
        var client = factory.CreateDirectLineClient();
        var conversation = await client.StartNewConversationAsync();

        await client.PostMessageAsync(conversation.ConversationId!, conversation.Token!, "hello", "c1");
        var stored = await ReadColumnAsync("SELECT CAST(json AS TEXT) FROM directline_activities ORDER BY sequence");

        Assert.Equal(2, stored.Count);
        var reply = System.Text.Json.JsonSerializer.Deserialize(stored[1], HelpBot.Protocol.Serialization.ProtocolJsonContext.Default.Activity)!;
        Assert.Equal("For your own notes: you spoke with [NAME].", reply.Summary);
        var card = reply.Attachments![0].Content!.Value;
        Assert.Equal("AdaptiveCard", card.GetProperty("type").GetString());
        Assert.Equal("Keep all for the call: [EMAIL], [PHONE]", card.GetProperty("body")[0].GetProperty("text").GetString());
        var action = Assert.Single(reply.SuggestedActions!.Actions);
        Assert.Equal("Call [PHONE]", action.Title);
        Assert.Equal("Call [PHONE]", action.Value?.GetString());
        AssertFilesExclude("test.client@example.org", "303-555-0147", "with Sam");
    }

    [Fact]
    public async Task BotReply_ReadAtOnce_ComesAsSent()
    {
        await using var factory = HelpBotFactory.WithTurnHandler(new CardReplyTurnHandler(), SqliteSettings());
        var client = factory.CreateDirectLineClient();
        var conversation = await client.StartNewConversationAsync();

        await client.PostMessageAsync(conversation.ConversationId!, conversation.Token!, "hello", "c1");
        var set = await client.GetActivitiesAsync(conversation.ConversationId!, conversation.Token!);

        var reply = Assert.Single(set.Activities, activity => activity.From?.Role == RoleTypes.Bot);
        Assert.Equal(CardReplyTurnHandler.ReplyText, reply.Summary);
        Assert.Equal(CardReplyTurnHandler.CardText, reply.Attachments![0].Content!.Value.GetProperty("body")[0].GetProperty("text").GetString());
        Assert.Equal(CardReplyTurnHandler.ActionTitle, Assert.Single(reply.SuggestedActions!.Actions).Title);
    }

    [Fact]
    public async Task BotReply_AfterRestart_ComesRedacted()
    {
        var settings = SqliteSettings();
        Conversation conversation;
        await using (var first = HelpBotFactory.WithTurnHandler(new CardReplyTurnHandler(), settings))
        {
            var client = first.CreateDirectLineClient();
            conversation = await client.StartNewConversationAsync();
            await client.PostMessageAsync(conversation.ConversationId!, conversation.Token!, "hello", "c1");
        }

        await using var second = HelpBotFactory.WithTurnHandler(new CardReplyTurnHandler(), settings);
        var set = await second.CreateDirectLineClient().GetActivitiesAsync(conversation.ConversationId!, conversation.Token!);

        var reply = Assert.Single(set.Activities, activity => activity.From?.Role == RoleTypes.Bot);
        Assert.Equal("For your own notes: you spoke with [NAME].", reply.Summary);
    }

    private Dictionary<string, string?> SqliteSettings() => new()
    {
        ["Storage:Provider"] = "Sqlite",
        ["Storage:DataDirectory"] = _data.Path,
    };

    private static string UploadPath(Conversation conversation) =>
        $"/v3/directline/conversations/{conversation.ConversationId}/upload?userId=dl_ignored";

    private Task<List<string>> ReadColumnAsync(string sql) => StoredRows.ReadColumnAsync(_data.Path, sql);

    // Reads helpbot.db and its -wal file while the bot still has them open.
    private void AssertFilesExclude(params string[] values)
    {
        foreach (var path in Directory.GetFiles(_data.Path, "helpbot.db*"))
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
            using var memory = new MemoryStream();
            stream.CopyTo(memory);
            var text = Encoding.UTF8.GetString(memory.ToArray());
            foreach (var value in values)
            {
                Assert.False(text.Contains(value, StringComparison.Ordinal), $"{Path.GetFileName(path)} contains {value}.");
            }
        }
    }
}
