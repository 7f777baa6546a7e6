using System.Text.Json;
using HelpBot.Privacy;
using HelpBot.Protocol.Models;
using HelpBot.Protocol.Serialization;

namespace HelpBot.Bot.Channels.DirectLine;

/// <summary>
/// Makes the copy of an activity that the Direct Line transcript stores: passwords and identifiers
/// (<see cref="PiiTier.Identifier"/> findings of the local analyzer) are replaced with the review's
/// placeholders, such as <c>[SSN]</c>. The redacted fields are the text, speak and summary, every string
/// of the value (card submit data), each attachment's name (keeping its extension) and every string of
/// its content (card text), and the titles, texts and values of suggested actions. In each of these
/// strings, the query values of every link (the draft in a mail link) are decoded for the check and
/// encoded again (<see cref="TranscriptLinks"/>). Linked details,
/// allow-listed values, property names and every other field stay as sent. The caller keeps the
/// original activity.
/// </summary>
public sealed class TranscriptRedactor(IPiiAnalyzer analyzer, IPiiRedactor redactor)
{
    private const int MaxExtensionLength = 10;

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

        copy.Text = RedactOptional(copy.Text, ref count);
        copy.Speak = RedactOptional(copy.Speak, ref count);
        copy.Summary = RedactOptional(copy.Summary, ref count);
        copy.Value = RedactOptional(copy.Value, ref count);

        foreach (var attachment in copy.Attachments ?? [])
        {
            attachment.Name = attachment.Name is { } name ? RedactFileName(name, ref count) : null;
            attachment.Content = RedactOptional(attachment.Content, ref count);
        }

        foreach (var action in copy.SuggestedActions?.Actions ?? [])
        {
            action.Title = RedactOptional(action.Title, ref count);
            action.Text = RedactOptional(action.Text, ref count);
            action.DisplayText = RedactOptional(action.DisplayText, ref count);
            action.Value = RedactOptional(action.Value, ref count);
        }

        return (copy, count);
    }

    /// <summary>
    /// Returns <paramref name="fileName"/> with its identifiers replaced, keeping an extension of up to
    /// ten letters or digits, so <c>screen 303-555-0147.png</c> becomes <c>screen [PHONE].png</c>. A value
    /// that ends in what looks like an extension, such as <c>dana@example.org</c>, is replaced whole.
    /// </summary>
    public string RedactFileName(string fileName)
    {
        ArgumentNullException.ThrowIfNull(fileName);
        var count = 0;
        return RedactFileName(fileName, ref count);
    }

    private string RedactFileName(string fileName, ref int count)
    {
        var extension = Path.GetExtension(fileName);
        if (extension.Length is < 2 or > MaxExtensionLength + 1 || !extension.Skip(1).All(char.IsAsciiLetterOrDigit))
        {
            extension = "";
        }

        var whole = Redact(fileName, ref count);
        if (extension.Length == 0 || whole.EndsWith(extension, StringComparison.Ordinal))
        {
            return whole;
        }

        // A finding took in the extension. Redacting the name without it keeps the extension, unless
        // the extension was part of the value and the result still contains an identifier.
        var ignoredCount = 0;
        var withExtension = Redact(fileName[..^extension.Length], ref ignoredCount) + extension;
        return Redact(withExtension, ref ignoredCount) == withExtension ? withExtension : whole;
    }

    private string? RedactOptional(string? text, ref int count) =>
        text is null ? null : Redact(text, ref count);

    private JsonElement? RedactOptional(JsonElement? value, ref int count) =>
        value is { } element ? RedactStrings(element, ref count) : null;

    private string Redact(string text, ref int count)
    {
        var redacted = Redact(text, depth: 0);
        if (!string.Equals(redacted, text, StringComparison.Ordinal))
        {
            count++;
        }

        return redacted;
    }

    // Redacts the decoded parts of the links first, then the whole text with the links encoded again.
    private string Redact(string text, int depth)
    {
        var withLinks = TranscriptLinks.RedactLinks(text, depth, Redact);
        var findings = analyzer.Analyze(withLinks);
        if (!findings.Any(finding => finding.Tier == PiiTier.Identifier))
        {
            return withLinks;
        }

        return redactor.Redact(withLinks, findings, finding =>
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

    // Recursion depth is bounded by the depth the request reader or the bot's serializer accepted.
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
