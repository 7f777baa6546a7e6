using System.Text.Json;
using System.Text.Json.Nodes;
using HelpBot.Bot.Tests.Infrastructure;
using HelpBot.Bot.Tests.Support;
using HelpBot.Protocol.Models;

namespace HelpBot.Bot.Tests.DirectLine;

/// <summary>
/// The call log requests the Service Center representative's first name "for your notes only", so the
/// name stays out of the Direct Line transcript and the SQLite files, typed or in the card. Every value is fake.
/// </summary>
public sealed class DirectLineRepresentativeNameTests : IDisposable
{
    private const string TypedName = "Marisol";
    private const string CardName = "Ottoline";

    private readonly TemporaryDirectory _data = new();

    public void Dispose() => _data.Dispose();

    [Fact]
    public async Task RepresentativeName_TypedAndCard_NotStored()
    {
        await using var factory = HelpBotFactory.ForSqliteConversation(_data.Path);
        var client = factory.CreateDirectLineClient();
        var conversation = await client.StartNewConversationAsync();
        var id = conversation.ConversationId!;
        var token = conversation.Token!;
        var step = 0;
        foreach (var answer in new[] { "hi", "no", "CBO staff", "Connect for Health shows the error ERR-77 when my client clicks Create Account on https://connectforhealthco.com/login-portal/." })
        {
            await client.PostMessageAsync(id, token, answer, $"c{++step}");
        }

        await DirectLineTranscripts.AnswerUntilCallLogAsync(client, id, token);
        await client.PostMessageAsync(id, token, $"When: yesterday 2:15 pm\nIncident: 12\nTime frame: 3 business days\nRepresentative: {TypedName}", "c-typed");
        var submit = DirectLineTestClient.CreateMessage("", "c-card");
        submit.Text = null;
        submit.Value = JsonSerializer.SerializeToElement(new JsonObject
        {
            ["promptId"] = DirectLineTranscripts.ReadPromptId(await DirectLineTranscripts.ReadLastQuestionAsync(client, id, token)),
            ["action"] = "save",
            ["calledAt"] = "yesterday 2:15 pm",
            ["incidentNumber"] = "00012345",
            ["timeFrame"] = "3 business days",
            ["representative"] = CardName,
        });
        using (var response = await client.PostActivityAsync(id, token, submit))
        {
            Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        }

        var activities = await DirectLineTranscripts.ReadAllAsync(client, id, token);
        var files = DirectLineTranscripts.ReadDatabaseFiles(_data.Path);

        Assert.Contains(activities, activity => activity.Text?.Contains("Representative: [NAME]", StringComparison.Ordinal) == true);
        Assert.Contains(activities, activity => activity.Text?.Contains("I logged the call as ticket", StringComparison.Ordinal) == true);
        foreach (var name in new[] { TypedName, CardName })
        {
            Assert.DoesNotContain(activities, activity => DirectLineTranscripts.Serialize(activity).Contains(name, StringComparison.Ordinal));
            Assert.DoesNotContain(files, file => file.Bytes.AsSpan().IndexOf(System.Text.Encoding.UTF8.GetBytes(name)) >= 0);
        }
    }

    [Fact]
    public async Task RepresentativeName_InRetryCard_NotStored()
    {
        await using var factory = HelpBotFactory.ForSqliteConversation(_data.Path);
        var client = factory.CreateDirectLineClient();
        var conversation = await client.StartNewConversationAsync();
        var id = conversation.ConversationId!;
        var token = conversation.Token!;
        var step = 0;
        foreach (var answer in new[] { "hi", "no", "CBO staff", "Connect for Health shows the error ERR-77 when my client clicks Create Account on https://connectforhealthco.com/login-portal/." })
        {
            await client.PostMessageAsync(id, token, answer, $"c{++step}");
        }

        await DirectLineTranscripts.AnswerUntilCallLogAsync(client, id, token);
        await client.PostMessageAsync(id, token, $"When: yesterday 2:15 pm\nIncident: 12\nTime frame: 3 business days\nRepresentative: {TypedName}", "c-typed");

        var retry = await DirectLineTranscripts.ReadLastQuestionAsync(client, id, token);
        var files = DirectLineTranscripts.ReadDatabaseFiles(_data.Path);

        // The stored card's box is empty rather than showing a placeholder as if the user had typed it.
        var card = retry.Attachments!.Single().Content!.Value.GetRawText();
        Assert.DoesNotContain("[NAME]", card, StringComparison.Ordinal);
        Assert.Contains("\"id\":\"representative\"", card, StringComparison.Ordinal);
        Assert.DoesNotContain(TypedName, DirectLineTranscripts.Serialize(retry), StringComparison.Ordinal);
        Assert.DoesNotContain(files, file => file.Bytes.AsSpan().IndexOf(System.Text.Encoding.UTF8.GetBytes(TypedName)) >= 0);
    }
}
