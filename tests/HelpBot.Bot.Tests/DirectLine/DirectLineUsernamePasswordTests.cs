using System.Text.Json;
using System.Text.Json.Nodes;
using HelpBot.Bot.Tests.Infrastructure;
using HelpBot.Bot.Tests.Support;
using HelpBot.Protocol.Models;

namespace HelpBot.Bot.Tests.DirectLine;

/// <summary>
/// A password answered at the PEAK user-name question never stays on disk. A lone password, typed or in
/// a card, is taken out before the transcript stores the message, with a warning. A password-shaped word
/// in a sentence, which only the question's rules recognize, is rejected with "I discarded it", and the
/// stored copy is replaced and the SQLite WAL checkpointed after the turn. Every value is fake.
/// </summary>
public sealed class DirectLineUsernamePasswordTests : IDisposable
{
    private const string TypedPassword = "Sunshine2024!";
    private const string CardPassword = "Passw0rd!2026";
    private const string SentencePassword = "Sunny!Day42";
    private const string Discarded = "That looks like a password, so I discarded it";
    private const string Warning = "Your message contained a password. I took it out and did not keep it";

    private readonly TemporaryDirectory _data = new();

    public void Dispose() => _data.Dispose();

    [Fact]
    public async Task UsernamePassword_NeverLeftOnDisk()
    {
        await using var factory = HelpBotFactory.ForSqliteConversation(_data.Path);
        var client = factory.CreateDirectLineClient();
        var conversation = await client.StartNewConversationAsync();
        var id = conversation.ConversationId!;
        var token = conversation.Token!;
        var step = 0;
        foreach (var answer in new[]
        {
            "hi", "no", "CBO staff", "When I press Submit on the income page PEAK shows the error ERR-500.",
            "still broken, tried all three", "https://peak.my.site.com/peak/s/benefit-information", "no",
        })
        {
            await client.PostMessageAsync(id, token, answer, $"c{++step}");
        }

        var question = await DirectLineTranscripts.ReadLastQuestionAsync(client, id, token);
        Assert.Equal("username", DirectLineTranscripts.ReadMarker(question, "field"));

        var typedId = await client.PostMessageAsync(id, token, TypedPassword, "c-typed");
        var submit = DirectLineTestClient.CreateMessage("", "c-card");
        submit.Text = null;
        submit.Value = JsonSerializer.SerializeToElement(new JsonObject
        {
            ["promptId"] = DirectLineTranscripts.ReadPromptId(await DirectLineTranscripts.ReadLastQuestionAsync(client, id, token)),
            ["action"] = "submit",
            ["username"] = CardPassword,
        });
        using (var response = await client.PostActivityAsync(id, token, submit))
        {
            Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        }

        var sentenceId = await client.PostMessageAsync(id, token, $"my user name is {SentencePassword}", "c-sentence");
        var activities = await DirectLineTranscripts.ReadAllAsync(client, id, token);
        var stored = await ReadTranscriptAsync();
        var files = DirectLineTranscripts.ReadDatabaseFiles(_data.Path);

        Assert.Equal("[PASSWORD]", Assert.Single(activities, activity => activity.Id == typedId).Text);
        var card = Assert.Single(activities, activity => activity.From?.Role == RoleTypes.User && activity.Value is not null);
        Assert.Equal("[PASSWORD]", card.Value!.Value.GetProperty("username").GetString());
        Assert.Equal("submit", card.Value!.Value.GetProperty("action").GetString());
        Assert.Equal("[PASSWORD]", Assert.Single(activities, activity => activity.Id == sentenceId).Text);
        Assert.Equal(2, activities.Count(activity => activity.Text?.StartsWith(Warning, StringComparison.Ordinal) == true));
        Assert.Equal(1, activities.Count(activity => activity.Text?.StartsWith(Discarded, StringComparison.Ordinal) == true));
        foreach (var password in new[] { TypedPassword, CardPassword, SentencePassword })
        {
            Assert.DoesNotContain(activities, activity => DirectLineTranscripts.Serialize(activity).Contains(password, StringComparison.Ordinal));
            Assert.DoesNotContain(stored, json => json.Contains(password, StringComparison.Ordinal));
            Assert.DoesNotContain(files, file => file.Bytes.AsSpan().IndexOf(System.Text.Encoding.UTF8.GetBytes(password)) >= 0);
        }

        Assert.Contains(stored, json => json.Contains("still broken, tried all three", StringComparison.Ordinal));
    }

    private Task<List<string>> ReadTranscriptAsync() => StoredRows.ReadActivitiesAsync(_data.Path);
}
