using System.Buffers;
using System.Text.Json;
using HelpBot.Privacy;
using HelpBot.Privacy.Redaction;
using HelpBot.Protocol.Models;
using HelpBot.Protocol.Serialization;

namespace HelpBot.Bot.Channels.DirectLine;

/// <summary>
/// Replaces passwords that the bot found in a user's activity (<see cref="Runtime.Turns.TranscriptPasswords"/>)
/// with <c>[PASSWORD]</c> in a copy of the activity: every occurrence in the text and in every string of
/// the value (card submit data). The local analyzer does not find a bare password such as a lone word
/// typed at the user-name question, so the bot's verdict is applied to the stored copy after the turn.
/// </summary>
public static class TranscriptPasswordRemover
{
    /// <summary>The placeholder that replaces each password, the same as the PII review's.</summary>
    public static readonly string Placeholder = PiiPlaceholders.For(PiiCategories.Password);

    /// <summary>
    /// Returns a deep copy of <paramref name="activity"/> with each of <paramref name="passwords"/> replaced,
    /// and the number of strings that changed.
    /// </summary>
    public static (Activity Copy, int ReplacedStringCount) CreateCopy(Activity activity, IReadOnlyCollection<string> passwords)
    {
        ArgumentNullException.ThrowIfNull(activity);
        ArgumentNullException.ThrowIfNull(passwords);
        var json = JsonSerializer.SerializeToUtf8Bytes(activity, ProtocolJsonContext.Default.Activity);
        var copy = JsonSerializer.Deserialize(json, ProtocolJsonContext.Default.Activity)!;
        var count = 0;

        if (copy.Text is { } text)
        {
            copy.Text = Replace(text, passwords, ref count);
        }

        if (copy.Value is { } value)
        {
            copy.Value = ReplaceInStrings(value, passwords, ref count);
        }

        return (copy, count);
    }

    private static string Replace(string text, IReadOnlyCollection<string> passwords, ref int count)
    {
        var replaced = text;
        foreach (var password in passwords.Where(password => password.Length > 0).OrderByDescending(password => password.Length))
        {
            replaced = replaced.Replace(password, Placeholder, StringComparison.Ordinal);
        }

        if (!string.Equals(replaced, text, StringComparison.Ordinal))
        {
            count++;
        }

        return replaced;
    }

    private static JsonElement ReplaceInStrings(JsonElement value, IReadOnlyCollection<string> passwords, ref int count)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            Write(writer, value, passwords, ref count);
        }

        using var document = JsonDocument.Parse(buffer.WrittenMemory);
        return document.RootElement.Clone();
    }

    // Recursion depth is bounded by the depth the request reader accepted when it parsed the activity.
    private static void Write(Utf8JsonWriter writer, JsonElement element, IReadOnlyCollection<string> passwords, ref int count)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                writer.WriteStartObject();
                foreach (var property in element.EnumerateObject())
                {
                    writer.WritePropertyName(property.Name);
                    Write(writer, property.Value, passwords, ref count);
                }

                writer.WriteEndObject();
                break;
            case JsonValueKind.Array:
                writer.WriteStartArray();
                foreach (var item in element.EnumerateArray())
                {
                    Write(writer, item, passwords, ref count);
                }

                writer.WriteEndArray();
                break;
            case JsonValueKind.String:
                writer.WriteStringValue(Replace(element.GetString()!, passwords, ref count));
                break;
            default:
                element.WriteTo(writer);
                break;
        }
    }
}
