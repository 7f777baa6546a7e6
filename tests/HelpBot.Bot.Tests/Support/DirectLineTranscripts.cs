using System.Text.Json;
using HelpBot.Bot.Tests.Infrastructure;
using HelpBot.Protocol.Models;

namespace HelpBot.Bot.Tests.Support;

/// <summary>Reads a Direct Line conversation and the bot's SQLite files the way the privacy tests check them.</summary>
internal static class DirectLineTranscripts
{
    /// <summary>Returns every activity of the conversation, following the watermark to the end.</summary>
    public static async Task<List<Activity>> ReadAllAsync(DirectLineTestClient client, string id, string token)
    {
        var activities = new List<Activity>();
        string? watermark = null;
        while (true)
        {
            var set = await client.GetActivitiesAsync(id, token, watermark);
            if (set.Activities.Count == 0 || set.Watermark == watermark)
            {
                return activities;
            }

            activities.AddRange(set.Activities);
            watermark = set.Watermark;
        }
    }

    /// <summary>Returns the last activity that carries a prompt marker: the question the bot waits on.</summary>
    public static async Task<Activity> ReadLastQuestionAsync(DirectLineTestClient client, string id, string token) =>
        (await ReadAllAsync(client, id, token)).Last(activity => ReadMarker(activity, "prompt") is not null);

    /// <summary>Returns the prompt id in the data of the question card's actions.</summary>
    public static string ReadPromptId(Activity question)
    {
        var card = question.Attachments!.Single().Content!.Value;
        foreach (var action in card.GetProperty("actions").EnumerateArray())
        {
            if (action.TryGetProperty("data", out var data) && data.TryGetProperty("promptId", out var promptId))
            {
                return promptId.GetString()!;
            }
        }

        throw new InvalidOperationException("The question card has no prompt id.");
    }

    /// <summary>Returns a value of the helpbot marker in the activity's channel data, or null.</summary>
    public static string? ReadMarker(Activity activity, string name) =>
        activity.ChannelData is { ValueKind: JsonValueKind.Object } data
        && data.TryGetProperty("helpbot", out var marker)
        && marker.ValueKind == JsonValueKind.Object
        && marker.TryGetProperty(name, out var value)
        && value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : null;

    /// <summary>Returns the activity as the JSON a client reads.</summary>
    public static string Serialize(Activity activity) =>
        JsonSerializer.Serialize(activity, HelpBot.Protocol.Serialization.ProtocolJsonContext.Default.Activity);

    /// <summary>Reads the database file and its WAL, where an old copy of a replaced row stays until a checkpoint.</summary>
    public static List<(string Name, byte[] Bytes)> ReadDatabaseFiles(string folder) =>
        [.. Directory.GetFiles(folder, "helpbot.db*").Select(path => (Path.GetFileName(path), ReadShared(path)))];

    private static byte[] ReadShared(string path)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }

    // Answers the questions of a Connect for Health Colorado report until the call log is asked.
    public static async Task AnswerUntilCallLogAsync(DirectLineTestClient client, string id, string token)
    {
        for (var turn = 0; turn < 12; turn++)
        {
            var question = await ReadLastQuestionAsync(client, id, token);
            var answer = (ReadMarker(question, "prompt"), ReadMarker(question, "field")) switch
            {
                ("logCall", _) => null,
                ("tips", _) => "still broken",
                ("urgent", _) => "no",
                (_, "when") => "yesterday 2:15 pm",
                (_, "os") => "Windows 11",
                (_, "browser") => "Chrome",
                (_, "impact") => "The client could not enroll.",
                (_, "stepsTried") => "Cleared the cache and tried another browser.",
                (var prompt, var field) => throw new InvalidOperationException($"Unexpected question {prompt}/{field}."),
            };
            if (answer is null)
            {
                return;
            }

            await client.PostMessageAsync(id, token, answer, $"a{turn}");
        }

        var last = await ReadLastQuestionAsync(client, id, token);
        throw new InvalidOperationException($"The call log was not asked; the last question was {ReadMarker(last, "prompt")}/{ReadMarker(last, "field")}: {last.Text ?? last.Summary}");
    }
}
