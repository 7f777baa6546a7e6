using System.Text.Json;
using HelpBot.Privacy;
using HelpBot.Protocol.Models;
using HelpBot.Protocol.Serialization;

namespace HelpBot.Bot.Channels.DirectLine;

/// <summary>
/// Makes the copy of a user's activity that the Direct Line transcript stores and echoes to clients:
/// passwords and identifiers (<see cref="PiiTier.Identifier"/> findings of the local analyzer) in its
/// text and in every string of its value (card submit data) are replaced with the review's placeholders,
/// such as <c>[SSN]</c>. Linked details, allow-listed values, property names and every other field stay
/// as sent. The bot's turn gets the original activity.
/// </summary>
public sealed class TranscriptRedactor(IPiiAnalyzer analyzer, IPiiRedactor redactor)
{
    /// <summary>
    /// Returns a deep copy of <paramref name="activity"/> with its identifiers replaced, and the number of
    /// strings that changed. The copy is a new object even when nothing changed.
    /// </summary>
    public (Activity Copy, int RedactedStringCount) CreateStoredCopy(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var json = JsonSerializer.SerializeToUtf8Bytes(activity, ProtocolJsonContext.Default.Activity);
        var copy = JsonSerializer.Deserialize(json, ProtocolJsonContext.Default.Activity)!;
        var count = 0;

        if (copy.Text is { } text)
        {
            copy.Text = Redact(text, ref count);
        }

        if (copy.Value is { } value)
        {
            copy.Value = RedactStrings(value, ref count);
        }

        return (copy, count);
    }

    private string Redact(string text, ref int count)
    {
        var findings = analyzer.Analyze(text);
        if (!findings.Any(finding => finding.Tier == PiiTier.Identifier))
        {
            return text;
        }

        count++;
        return redactor.Redact(text, findings, finding =>
            finding.Tier == PiiTier.Identifier ? RedactionDecision.Remove : RedactionDecision.Keep);
    }

    private JsonElement RedactStrings(JsonElement value, ref int count)
    {
        var buffer = new System.Buffers.ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            WriteRedacted(writer, value, ref count);
        }

        using var document = JsonDocument.Parse(buffer.WrittenMemory);
        return document.RootElement.Clone();
    }

    // Recursion depth is bounded by the depth the request reader accepted when it parsed the activity.
    private void WriteRedacted(Utf8JsonWriter writer, JsonElement element, ref int count)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                writer.WriteStartObject();
                foreach (var property in element.EnumerateObject())
                {
                    writer.WritePropertyName(property.Name);
                    WriteRedacted(writer, property.Value, ref count);
                }

                writer.WriteEndObject();
                break;
            case JsonValueKind.Array:
                writer.WriteStartArray();
                foreach (var item in element.EnumerateArray())
                {
                    WriteRedacted(writer, item, ref count);
                }

                writer.WriteEndArray();
                break;
            case JsonValueKind.String:
                writer.WriteStringValue(Redact(element.GetString()!, ref count));
                break;
            default:
                element.WriteTo(writer);
                break;
        }
    }
}
