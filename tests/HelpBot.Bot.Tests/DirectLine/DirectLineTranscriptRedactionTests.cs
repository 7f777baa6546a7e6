using System.Text;
using System.Text.Json;
using HelpBot.Bot.Tests.Infrastructure;
using HelpBot.Bot.Tests.Support;
using HelpBot.Protocol.Models;

namespace HelpBot.Bot.Tests.DirectLine;

/// <summary>
/// The Direct Line transcript stores and echoes a user's activity with passwords and identifiers
/// replaced, while the bot's turn gets the text as typed. Every value is fake.
/// </summary>
public sealed class DirectLineTranscriptRedactionTests : IDisposable
{
    private const string Password = "Tulip-Fake-4417";
    private const string Ssn = "123-45-6789";
    private const string Message = $"PEAK upload fails for case 1B00000. my password is {Password} and the SSN is {Ssn}";
    private const string RedactedMessage = "PEAK upload fails for case 1B00000. my password is [PASSWORD] and the SSN is [SSN]";

    private readonly TemporaryDirectory _data = new();

    public void Dispose() => _data.Dispose();

    [Fact]
    public async Task Post_EchoBot_TurnGetsRawText()
    {
        await using var factory = new HelpBotFactory();
        var client = factory.CreateDirectLineClient();
        var conversation = await client.StartNewConversationAsync();

        var id = await client.PostMessageAsync(conversation.ConversationId!, conversation.Token!, Message, "c1");
        var set = await client.GetActivitiesAsync(conversation.ConversationId!, conversation.Token!);

        var echo = Assert.Single(set.Activities, activity => activity.Id == id);
        Assert.Equal(RedactedMessage, echo.Text);
        Assert.Equal("c1", echo.ChannelData?.GetProperty("clientActivityID").GetString());
        Assert.Contains(set.Activities, activity => activity.Text == $"You said: {Message}");
    }

    [Fact]
    public async Task Post_KeptValues_StayAsTyped()
    {
        const string Text = "Write to CBMS.help@state.co.us about case 1B00000, the client is 34 years old";
        await using var factory = new HelpBotFactory();
        var client = factory.CreateDirectLineClient();
        var conversation = await client.StartNewConversationAsync();

        var id = await client.PostMessageAsync(conversation.ConversationId!, conversation.Token!, Text, "c1");
        var set = await client.GetActivitiesAsync(conversation.ConversationId!, conversation.Token!);

        Assert.Equal(Text, Assert.Single(set.Activities, activity => activity.Id == id).Text);
    }

    [Fact]
    public async Task Post_CardSubmit_ValueStringsRedacted()
    {
        await using var factory = new HelpBotFactory();
        var client = factory.CreateDirectLineClient();
        var conversation = await client.StartNewConversationAsync();
        var submit = DirectLineTestClient.CreateMessage("", "c1");
        submit.Text = null;
        submit.Value = JsonDocument.Parse($$$"""
            {"action":"submitField","description":"my password is {{{Password}}}","ssn":"{{{Ssn}}}","count":3,
             "nested":{"list":["case 1B00000","call 303-555-0142"]}}
            """).RootElement;

        using var response = await client.PostActivityAsync(conversation.ConversationId!, conversation.Token!, submit);
        var set = await client.GetActivitiesAsync(conversation.ConversationId!, conversation.Token!);

        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        var value = Assert.Single(set.Activities, activity => activity.From?.Role == RoleTypes.User).Value!.Value;
        Assert.Equal("submitField", value.GetProperty("action").GetString());
        Assert.Equal("my password is [PASSWORD]", value.GetProperty("description").GetString());
        Assert.Equal("[SSN]", value.GetProperty("ssn").GetString());
        Assert.Equal(3, value.GetProperty("count").GetInt32());
        Assert.Equal("case 1B00000", value.GetProperty("nested").GetProperty("list")[0].GetString());
        Assert.Equal("call [PHONE]", value.GetProperty("nested").GetProperty("list")[1].GetString());
    }

    [Fact]
    public async Task Post_SqliteFiles_ExcludeValues()
    {
        var handler = new RecordingTurnHandler();
        await using var factory = HelpBotFactory.WithTurnHandler(handler, SqliteSettings());
        var client = factory.CreateDirectLineClient();
        var conversation = await client.StartNewConversationAsync();

        var id = await client.PostMessageAsync(conversation.ConversationId!, conversation.Token!, Message, "c1");
        var set = await client.GetActivitiesAsync(conversation.ConversationId!, conversation.Token!);
        var files = ReadDatabaseFiles();

        Assert.Equal([Message], handler.Texts);
        Assert.Equal(RedactedMessage, Assert.Single(set.Activities, activity => activity.Id == id).Text);
        Assert.Contains(set.Activities, activity => activity.Text == $"Received a message of {Message.Length} characters.");
        foreach (var secret in new[] { Password, Ssn })
        {
            Assert.All(files, file => Assert.False(file.Text.Contains(secret, StringComparison.Ordinal), $"{file.Name} contains {secret}."));
        }
    }

    [Fact]
    public async Task Post_RealConversation_TranscriptExcludesValues()
    {
        await using var factory = HelpBotFactory.ForConversation(SqliteSettings());
        var client = factory.CreateDirectLineClient();
        var conversation = await client.StartNewConversationAsync();

        var id = await client.PostMessageAsync(conversation.ConversationId!, conversation.Token!, Message, "c1");
        await client.PostMessageAsync(conversation.ConversationId!, conversation.Token!, "No", "c2");
        await client.PostMessageAsync(conversation.ConversationId!, conversation.Token!, "CBO staff", "c3");
        var set = await client.GetActivitiesAsync(conversation.ConversationId!, conversation.Token!);
        var stored = await ReadTranscriptAsync();

        var echoIndex = set.Activities.FindIndex(activity => activity.Id == id);
        Assert.True(echoIndex >= 0, "The posted message did not come back through GET activities.");
        Assert.Equal(RedactedMessage, set.Activities[echoIndex].Text);
        // After the two onboarding questions the bot goes on with the report the first message started.
        var lastAnswer = set.Activities.FindLastIndex(activity => activity.Text == "CBO staff");
        Assert.Contains(set.Activities.Skip(lastAnswer + 1), activity => activity.From?.Role == RoleTypes.Bot);

        foreach (var secret in new[] { Password, Ssn })
        {
            Assert.DoesNotContain(set.Activities, activity => Serialize(activity).Contains(secret, StringComparison.Ordinal));
            Assert.DoesNotContain(stored, json => json.Contains(secret, StringComparison.Ordinal));
        }
    }

    private static string Serialize(Activity activity) =>
        JsonSerializer.Serialize(activity, HelpBot.Protocol.Serialization.ProtocolJsonContext.Default.Activity);

    private Dictionary<string, string?> SqliteSettings() => new()
    {
        ["Storage:Provider"] = "Sqlite",
        ["Storage:DataDirectory"] = _data.Path,
    };

    // Reads every row of directline_activities, committed to the WAL or the main file.
    private async Task<List<string>> ReadTranscriptAsync()
    {
        var rows = await StoredRows.ReadActivitiesAsync(_data.Path);
        Assert.NotEmpty(rows);
        return rows;
    }

    // Reads helpbot.db and its -wal file while the bot still has them open.
    private List<(string Name, string Text)> ReadDatabaseFiles()
    {
        var files = new List<(string Name, string Text)>();
        foreach (var path in Directory.GetFiles(_data.Path, "helpbot.db*"))
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
            using var memory = new MemoryStream();
            stream.CopyTo(memory);
            files.Add((Path.GetFileName(path), Encoding.UTF8.GetString(memory.ToArray())));
        }

        Assert.Contains(files, file => file.Name == "helpbot.db");
        Assert.Contains(files, file => file.Name == "helpbot.db-wal");
        return files;
    }
}
