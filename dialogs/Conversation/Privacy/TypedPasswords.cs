using System.Buffers;
using System.Text;
using System.Text.Json;
using HelpBot.Dialogs.Conversation.Markers;
using HelpBot.Dialogs.Conversation.Replies;
using HelpBot.Domain.Systems;
using HelpBot.Privacy;
using HelpBot.Privacy.Recognizers;
using HelpBot.Runtime.Turns;

namespace HelpBot.Dialogs.Conversation.Privacy;

/// <summary>
/// Takes passwords out of text the user typed, in the turn the text arrives, before the report or a
/// dialog keeps it or a question shows it back: the message text at the start of the turn, and card
/// answers. Each password the analyzer finds ("my password is ...") becomes <see cref="Placeholder"/>, and
/// is recorded with <see cref="TranscriptPasswords"/>, so the channel's stored copy of the message gets
/// the placeholder too.
/// </summary>
public static class TypedPasswords
{
    /// <summary>What a password is replaced with.</summary>
    public const string Placeholder = "[PASSWORD]";

    /// <summary>
    /// Returns the warning after a password was taken out of a message, naming who works on a report on
    /// <paramref name="system"/> (a <see cref="SupportSystems"/> id), or support staff in general when it is not known yet.
    /// </summary>
    public static string RemovedMessage(string? system)
    {
        var contact = system switch
        {
            SupportSystems.Peak => "the help desk",
            SupportSystems.ConnectForHealth => "the Service Center",
            _ => "support staff",
        };
        return $"Your message contained a password. I took it out and did not keep it: never share a password, not even with {contact}.";
    }

    /// <summary>
    /// Returns <paramref name="text"/> with each password replaced by <see cref="Placeholder"/>, and how many
    /// there were in <paramref name="removed"/>.
    /// </summary>
    public static string Remove(ITurnContext turn, string text, IPiiAnalyzer analyzer, out int removed)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(analyzer);
        removed = 0;
        if (!MayHoldPassword(text))
        {
            return text;
        }

        // A placeholder from an earlier pass ("password is [PASSWORD]") reads like a value after a cue.
        var passwords = analyzer.Analyze(text)
            .Where(f => f.Category == PiiCategories.Password && !text.AsSpan(f.Offset, f.Length).SequenceEqual(Placeholder))
            .OrderBy(f => f.Offset)
            .ToList();
        removed = passwords.Count;
        if (removed == 0)
        {
            return text;
        }

        var builder = new StringBuilder(text.Length);
        var position = 0;
        foreach (var password in passwords.Where(p => p.Offset >= 0 && p.End <= text.Length))
        {
            var start = Math.Max(position, password.Offset);
            if (password.End <= start)
            {
                continue;
            }

            turn.AddTranscriptPassword(text[start..password.End]);
            builder.Append(text, position, start - position).Append(Placeholder);
            position = password.End;
        }

        return builder.Append(text, position, text.Length - position).ToString();
    }

    /// <summary>
    /// Takes the passwords out of the turn's message text and out of the text values of a submitted card,
    /// also an out-of-date one, so no dialog reads, keeps or shows them back. Warns the user once, and
    /// returns true when there were any.
    /// </summary>
    /// <param name="turn">The turn whose message text is cleaned.</param>
    /// <param name="analyzer">The analyzer whose password findings are taken out.</param>
    /// <param name="system">Reads the report's system for the warning, only when there is one to send.</param>
    /// <param name="cancellationToken">Cancels sending the warning.</param>
    public static async Task<bool> RemoveFromMessageAsync(ITurnContext turn, IPiiAnalyzer analyzer, Func<ITurnContext, string?> system, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(system);
        ArgumentNullException.ThrowIfNull(turn);
        var removed = 0;
        if (turn.Activity.Text is { Length: > 0 } text)
        {
            turn.Activity.Text = Remove(turn, text, analyzer, out removed);
        }

        removed += RemoveFromCardValues(turn, analyzer);
        if (removed == 0)
        {
            return false;
        }

        await Reply.SendStepAsync(turn, ConversationSteps.PasswordWarning, RemovedMessage(system(turn)), cancellationToken);
        return true;
    }

    // Replaces the activity's value with a copy whose top-level strings, the card's inputs, have no
    // passwords, and returns how many were taken out. Other values are copied as they are.
    private static int RemoveFromCardValues(ITurnContext turn, IPiiAnalyzer analyzer)
    {
        if (turn.Activity.Value is not { ValueKind: JsonValueKind.Object } value || !AnyStringMayHoldPassword(value))
        {
            return 0;
        }

        var removed = 0;
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            foreach (var property in value.EnumerateObject())
            {
                if (property.Value.ValueKind == JsonValueKind.String)
                {
                    writer.WriteString(property.Name, Remove(turn, property.Value.GetString()!, analyzer, out var count));
                    removed += count;
                }
                else
                {
                    property.WriteTo(writer);
                }
            }

            writer.WriteEndObject();
        }

        if (removed > 0)
        {
            using var cleaned = JsonDocument.Parse(buffer.WrittenMemory);
            turn.Activity.Value = cleaned.RootElement.Clone();
        }

        return removed;
    }

    private static bool AnyStringMayHoldPassword(JsonElement value)
    {
        foreach (var property in value.EnumerateObject())
        {
            if (property.Value.ValueKind == JsonValueKind.String && MayHoldPassword(property.Value.GetString()!))
            {
                return true;
            }
        }

        return false;
    }

    // Every password cue of the analyzer (password, passwd, passcode, pass, pw, pwd) contains "pass" or "pw",
    // and a password without a cue is found only when it is the whole text.
    private static bool MayHoldPassword(string text) =>
        text.Contains("pass", StringComparison.OrdinalIgnoreCase) || text.Contains("pw", StringComparison.OrdinalIgnoreCase)
        || LonePasswordRecognizer.IsLonePassword(text);
}
