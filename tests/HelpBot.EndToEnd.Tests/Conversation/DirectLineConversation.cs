using System.Text.Json;
using HelpBot.EndToEnd.Tests.DirectLine;

namespace HelpBot.EndToEnd.Tests.Conversation;

/// <summary>Plays a <see cref="ConversationScript"/> over the real Direct Line client, typing every answer.</summary>
internal sealed class DirectLineConversation
{
    private const int MaxQuestions = 40;

    private readonly DirectLineDriver _client;
    private readonly ConversationScript _script;

    public DirectLineConversation(DirectLineDriver client, ConversationScript script)
    {
        _client = client;
        _script = script;
    }

    /// <summary>Number of messages the user sent.</summary>
    public int MessagesSent { get; private set; }

    /// <summary>Whether the run reached the script's final statement.</summary>
    public bool ReachedFinal { get; private set; }

    /// <summary>
    /// Sends the first message and answers each marked question until the final statement, a question
    /// the script has no answer for, or a reply with no question. Returns the last bot activity.
    /// </summary>
    public async Task<JsonElement> RunAsync(string firstMessage)
    {
        var reply = await SendAsync(firstMessage);
        for (var i = 0; i < MaxQuestions; i++)
        {
            ReachedFinal = _script.IsFinal(reply);
            var answer = _script.AnswerFor(reply);
            if (ReachedFinal || ActivityJson.Marker(reply, "prompt") is null || answer is null)
            {
                return reply;
            }

            reply = await SendAsync(answer);
        }

        return reply;
    }

    // Returns the bot's question or the script's final statement after the echo, or its first reply when neither comes.
    private async Task<JsonElement> SendAsync(string text)
    {
        var clientActivityId = $"e2e-{Guid.NewGuid():N}";
        await _client.PostMessageAsync(text, clientActivityId);
        MessagesSent++;
        await _client.WaitForActivityAsync(a => ActivityJson.ClientActivityId(a) == clientActivityId, "the echo");
        var echoEvent = _client.Events.Snapshot().ToList().FindIndex(e =>
            e.GetProperty("event").GetString() == "activity" && ActivityJson.ClientActivityId(e.GetProperty("activity")) == clientActivityId);
        var first = await _client.WaitForActivityAsync(ActivityJson.IsBotMessage, "the bot's reply", echoEvent + 1);
        if (_script.IsQuestionOrFinal(first))
        {
            return first;
        }

        try
        {
            return await _client.WaitForActivityAsync(
                a => ActivityJson.IsBotMessage(a) && _script.IsQuestionOrFinal(a),
                "the bot's next question",
                echoEvent + 1,
                TimeSpan.FromSeconds(3));
        }
        catch (TimeoutException)
        {
            return first;
        }
    }
}
