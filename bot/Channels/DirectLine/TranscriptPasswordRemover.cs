using System.Buffers;
using System.Text.Json;
using HelpBot.Privacy;
using HelpBot.Privacy.Redaction;
using HelpBot.Protocol.Models;
using HelpBot.Protocol.Serialization;

namespace HelpBot.Bot.Channels.DirectLine;

/// <summary>
/// Replaces passwords and names that the bot found in a user's activity (<see cref="Runtime.Turns.TranscriptPasswords"/>)
/// with <c>[PASSWORD]</c> and <c>[NAME]</c> in a copy of the activity: every occurrence in the text, the summary,
/// every string of the value (card submit data) and every string of the attachments' content (cards). A name is replaced only as a whole word, so "Pat" stays in
/// "Patient". Other values the bot rejected as personal data are replaced the same way with their recorded
/// placeholder, such as <c>[SSN]</c>. The local analyzer does not find a password-shaped word
/// inside a sentence typed at the user-name question, a first name typed alone, or an SSN after
/// "Incident:", so the bot's verdict is applied to the stored copy after the turn.
/// </summary>
public static class TranscriptPasswordRemover
{
    /// <summary>The placeholder that replaces each password, the same as the PII review's.</summary>
    public static readonly string Placeholder = PiiPlaceholders.For(PiiCategories.Password);

    /// <summary>The placeholder that replaces each name, the same as the PII review's.</summary>
    public static readonly string NamePlaceholder = PiiPlaceholders.For(PiiCategories.Person);

    /// <summary>
    /// Returns a deep copy of <paramref name="activity"/> with each of <paramref name="passwords"/> replaced,
    /// and the number of strings that changed.
    /// </summary>
    public static (Activity Copy, int ReplacedStringCount) CreateCopy(Activity activity, IReadOnlyCollection<string> passwords) =>
        CreateCopy(activity, passwords, []);

    /// <summary>
    /// Returns a deep copy of <paramref name="activity"/> with each of <paramref name="passwords"/> and
    /// <paramref name="names"/> replaced, and the number of strings that changed.
    /// </summary>
    public static (Activity Copy, int ReplacedStringCount) CreateCopy(Activity activity, IReadOnlyCollection<string> passwords, IReadOnlyCollection<string> names) =>
        CreateCopy(activity, passwords, names, new Dictionary<string, string>());

    /// <summary>
    /// Returns a deep copy of <paramref name="activity"/> with each of <paramref name="passwords"/>,
    /// <paramref name="names"/> and the keys of <paramref name="values"/> replaced, each value with its
    /// placeholder, and the number of strings that changed.
    /// </summary>
    public static (Activity Copy, int ReplacedStringCount) CreateCopy(
        Activity activity, IReadOnlyCollection<string> passwords, IReadOnlyCollection<string> names, IReadOnlyDictionary<string, string> values)
    {
        ArgumentNullException.ThrowIfNull(activity);
        ArgumentNullException.ThrowIfNull(passwords);
        ArgumentNullException.ThrowIfNull(names);
        ArgumentNullException.ThrowIfNull(values);
        var secrets = new Secrets(passwords, names, values);
        var json = JsonSerializer.SerializeToUtf8Bytes(activity, ProtocolJsonContext.Default.Activity);
        var copy = JsonSerializer.Deserialize(json, ProtocolJsonContext.Default.Activity)!;
        var count = 0;

        if (copy.Text is { } text)
        {
            copy.Text = Replace(text, secrets, ref count);
        }

        if (copy.Value is { } value)
        {
            copy.Value = ReplaceInStrings(value, secrets, ref count);
        }

        if (copy.Summary is { } summary)
        {
            copy.Summary = Replace(summary, secrets, ref count);
        }

        // A bot's card can show a value back, such as a name in the box of a form sent again.
        foreach (var attachment in copy.Attachments ?? [])
        {
            if (attachment.Content is { } content)
            {
                attachment.Content = ReplaceInStrings(content, secrets, ref count);
            }
        }

        return (copy, count);
    }

    private static string Replace(string text, Secrets secrets, ref int count)
    {
        var replaced = text;
        foreach (var password in secrets.Passwords.Where(password => password.Length > 0).OrderByDescending(password => password.Length))
        {
            replaced = replaced.Replace(password, Placeholder, StringComparison.Ordinal);
        }

        foreach (var (value, placeholder) in secrets.Values.Where(pair => pair.Key.Length > 0).OrderByDescending(pair => pair.Key.Length))
        {
            replaced = ReplaceWholeWord(replaced, value, placeholder);
        }

        foreach (var name in secrets.Names.Where(name => name.Length > 0).OrderByDescending(name => name.Length))
        {
            replaced = ReplaceWholeWord(replaced, name, NamePlaceholder);
        }

        if (!string.Equals(replaced, text, StringComparison.Ordinal))
        {
            count++;
        }

        return replaced;
    }

    // Replaces each occurrence of name that has no letter or digit on either side.
    private static string ReplaceWholeWord(string text, string name, string placeholder)
    {
        var builder = new System.Text.StringBuilder(text.Length);
        var position = 0;
        for (var index = text.IndexOf(name, StringComparison.Ordinal); index >= 0; index = text.IndexOf(name, index + 1, StringComparison.Ordinal))
        {
            var end = index + name.Length;
            if (index < position || (index > 0 && char.IsLetterOrDigit(text[index - 1])) || (end < text.Length && char.IsLetterOrDigit(text[end])))
            {
                continue;
            }

            builder.Append(text, position, index - position).Append(placeholder);
            position = end;
        }

        return position == 0 ? text : builder.Append(text, position, text.Length - position).ToString();
    }

    private static JsonElement ReplaceInStrings(JsonElement value, Secrets secrets, ref int count)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            Write(writer, value, secrets, ref count);
        }

        using var document = JsonDocument.Parse(buffer.WrittenMemory);
        return document.RootElement.Clone();
    }

    // Recursion depth is bounded by the depth the request reader accepted when it parsed the activity.
    private static void Write(Utf8JsonWriter writer, JsonElement element, Secrets secrets, ref int count)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                writer.WriteStartObject();
                foreach (var property in element.EnumerateObject())
                {
                    writer.WritePropertyName(property.Name);
                    if (IsInputValue(property))
                    {
                        WriteInputValue(writer, property.Value.GetString()!, secrets, ref count);
                        continue;
                    }

                    Write(writer, property.Value, secrets, ref count);
                }

                writer.WriteEndObject();
                break;
            case JsonValueKind.Array:
                writer.WriteStartArray();
                foreach (var item in element.EnumerateArray())
                {
                    Write(writer, item, secrets, ref count);
                }

                writer.WriteEndArray();
                break;
            case JsonValueKind.String:
                writer.WriteStringValue(Replace(element.GetString()!, secrets, ref count));
                break;
            default:
                element.WriteTo(writer);
                break;
        }
    }

    // A card input's prefilled text ("value"). A placeholder there would stand in the box as if the user had
    // typed it, so a value with a secret is stored empty instead.
    private static bool IsInputValue(JsonProperty property) =>
        property.NameEquals("value") && property.Value.ValueKind == JsonValueKind.String;

    private static void WriteInputValue(Utf8JsonWriter writer, string value, Secrets secrets, ref int count)
    {
        var before = count;
        var replaced = Replace(value, secrets, ref count);
        writer.WriteStringValue(count == before ? replaced : string.Empty);
    }

    private sealed record Secrets(IReadOnlyCollection<string> Passwords, IReadOnlyCollection<string> Names, IReadOnlyDictionary<string, string> Values);
}
