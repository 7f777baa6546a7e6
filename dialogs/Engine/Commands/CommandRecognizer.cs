using System.Text.Json;
using HelpBot.Protocol.Models;

namespace HelpBot.Dialogs.Engine.Commands;

/// <summary>
/// Recognizes global commands in an inbound message: a whole typed message that equals one of a
/// command's phrases after <see cref="TextNormalizer.Normalize"/>, or a card submit whose value
/// has a <see cref="SubmitDataKeys.Command"/> property naming a configured command.
/// </summary>
public sealed class CommandRecognizer
{
    private readonly Dictionary<string, string> _commandByPhrase = new(StringComparer.Ordinal);
    private readonly HashSet<string> _commandNames = new(StringComparer.OrdinalIgnoreCase);

    /// <param name="commands">Command name to its phrases, as in <see cref="DialogEngineOptions.Commands"/>.</param>
    /// <exception cref="ArgumentException">One phrase is configured for two commands.</exception>
    public CommandRecognizer(IReadOnlyDictionary<string, List<string>> commands)
    {
        ArgumentNullException.ThrowIfNull(commands);
        foreach (var (command, phrases) in commands)
        {
            _commandNames.Add(command);
            foreach (var phrase in phrases)
            {
                AddPhrase(command, phrase);
            }
        }
    }

    /// <summary>Returns the command name the activity asks for, or null when it is an ordinary answer.</summary>
    public string? Recognize(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        if (activity.Type != ActivityTypes.Message)
        {
            return null;
        }

        var fromValue = RecognizeValue(activity.Value);
        if (fromValue is not null)
        {
            return fromValue;
        }

        var normalized = TextNormalizer.Normalize(activity.Text);
        return _commandByPhrase.GetValueOrDefault(normalized);
    }

    private string? RecognizeValue(JsonElement? value)
    {
        if (value is not { ValueKind: JsonValueKind.Object } data
            || !data.TryGetProperty(SubmitDataKeys.Command, out var command)
            || command.ValueKind != JsonValueKind.String)
        {
            return null;
        }

        return _commandNames.TryGetValue(command.GetString()!, out var name) ? name : null;
    }

    private void AddPhrase(string command, string phrase)
    {
        var normalized = TextNormalizer.Normalize(phrase);
        if (normalized.Length == 0)
        {
            return;
        }

        if (_commandByPhrase.TryGetValue(normalized, out var existing) && existing != command)
        {
            throw new ArgumentException($"The phrase '{phrase}' is configured for both '{existing}' and '{command}'.", nameof(phrase));
        }

        _commandByPhrase[normalized] = command;
    }
}
