using System.Text.Json;
using System.Text.Json.Nodes;
using HelpBot.Bot.Tests.Infrastructure;
using HelpBot.Bot.Tests.Support;
using HelpBot.Protocol.Models;

namespace HelpBot.Bot.Tests.DirectLine;

/// <summary>
/// A value that the call log rejects as personal data ("so I did not keep it") is replaced in the Direct
/// Line transcript and the SQLite files with the placeholder of its kind, typed or in the card. The
/// analyzer alone does not flag a number after "Incident:", so the call log's verdict is applied. Every
/// value is fake.
/// </summary>
public sealed class DirectLineRejectedValueTests : IDisposable
{
    private const string Rejected = "That looks like a Social Security number or a phone number, not an incident number, so I did not keep it.";

    private readonly TemporaryDirectory _data = new();

    public void Dispose() => _data.Dispose();

    [Theory]
    [InlineData("078-05-1120", "[SSN]")]
    [InlineData("219-09-9999", "[SSN]")]
    [InlineData("303-555-0147", "[PHONE]")]
    public async Task CallLog_TypedRejectedNumber_NotStored(string number, string placeholder)
    {
        await using var factory = HelpBotFactory.ForSqliteConversation(_data.Path);
        var client = factory.CreateDirectLineClient();
        var (id, token) = await StartAtCallLogAsync(client);

        await client.PostMessageAsync(id, token, $"When: yesterday 2:15 pm\nIncident: {number}\nTime frame: 3 business days\nRepresentative: Marisol", "c-typed");
        var activities = await DirectLineTranscripts.ReadAllAsync(client, id, token);

        Assert.Contains(activities, activity => activity.Text?.Contains(Rejected, StringComparison.Ordinal) == true);
        Assert.Contains(activities, activity => activity.Text?.Contains($"Incident: {placeholder}\n", StringComparison.Ordinal) == true);
        AssertNotStored(activities, number);
    }

    [Theory]
    [InlineData("219-09-9999", "[SSN]")]
    [InlineData("219 09 9999", "[SSN]")]
    [InlineData("(303) 555-0147", "[PHONE]")]
    public async Task CallLog_CardRejectedNumber_NotStored(string number, string placeholder)
    {
        await using var factory = HelpBotFactory.ForSqliteConversation(_data.Path);
        var client = factory.CreateDirectLineClient();
        var (id, token) = await StartAtCallLogAsync(client);
        var submit = DirectLineTestClient.CreateMessage("", "c-card");
        submit.Text = null;
        submit.Value = JsonSerializer.SerializeToElement(new JsonObject
        {
            ["promptId"] = DirectLineTranscripts.ReadPromptId(await DirectLineTranscripts.ReadLastQuestionAsync(client, id, token)),
            ["action"] = "save",
            ["calledAt"] = "yesterday 2:15 pm",
            ["incidentNumber"] = $" {number} ",
            ["timeFrame"] = "3 business days",
        });

        using (var response = await client.PostActivityAsync(id, token, submit))
        {
            Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        }

        var activities = await DirectLineTranscripts.ReadAllAsync(client, id, token);

        Assert.Contains(activities, activity => activity.Text?.Contains(Rejected, StringComparison.Ordinal) == true);
        var stored = Assert.Single(activities, activity => activity.Value is { ValueKind: JsonValueKind.Object } value && value.TryGetProperty("incidentNumber", out _));
        Assert.Equal($" {placeholder} ", stored.Value!.Value.GetProperty("incidentNumber").GetString());
        AssertNotStored(activities, number);
    }

    [Fact]
    public void CreateCopy_RecordedValue_ReplacedAsWholeWord()
    {
        var activity = new Activity { Type = ActivityTypes.Message, Text = "Incident: 078-05-1120, not 1078-05-11200" };
        var values = new Dictionary<string, string> { ["078-05-1120"] = "[SSN]" };

        var (copy, count) = Channels.DirectLine.TranscriptPasswordRemover.CreateCopy(activity, [], [], values);

        Assert.Equal("Incident: [SSN], not 1078-05-11200", copy.Text);
        Assert.Equal(1, count);
        Assert.Equal("Incident: 078-05-1120, not 1078-05-11200", activity.Text);
    }

    private static async Task<(string Id, string Token)> StartAtCallLogAsync(DirectLineTestClient client)
    {
        var conversation = await client.StartNewConversationAsync();
        var id = conversation.ConversationId!;
        var token = conversation.Token!;
        var step = 0;
        foreach (var answer in new[] { "hi", "no", "CBO staff", "Connect for Health shows the error ERR-77 when my client clicks Create Account on https://connectforhealthco.com/login-portal/." })
        {
            await client.PostMessageAsync(id, token, answer, $"c{++step}");
        }

        await DirectLineTranscripts.AnswerUntilCallLogAsync(client, id, token);
        return (id, token);
    }

    private void AssertNotStored(List<Activity> activities, string value)
    {
        var bytes = System.Text.Encoding.UTF8.GetBytes(value);
        Assert.DoesNotContain(activities, activity => DirectLineTranscripts.Serialize(activity).Contains(value, StringComparison.Ordinal));
        foreach (var file in DirectLineTranscripts.ReadDatabaseFiles(_data.Path))
        {
            Assert.False(file.Bytes.AsSpan().IndexOf(bytes) >= 0, $"{file.Name} contains {value}.");
        }
    }
}
