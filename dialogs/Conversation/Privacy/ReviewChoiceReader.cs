using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using HelpBot.Cards.Builders;
using HelpBot.Privacy;

namespace HelpBot.Dialogs.Conversation.Privacy;

/// <summary>
/// Reads per-finding choices from the review card's inputs (<c>finding-N</c> and <c>finding-N-text</c>)
/// and from typed commands such as "remove 1", "mask 2", "keep 3" or "edit 4: new text", one per line or
/// separated by semicolons. Numbers in typed commands count from 1, as the review shows them.
/// </summary>
public static partial class ReviewChoiceReader
{
    /// <summary>
    /// Returns the choices in the card submit <paramref name="value"/> for findings 0 to <paramref name="count"/> - 1,
    /// and adds to <paramref name="invalid"/> the findings whose input contains a value that is no choice.
    /// </summary>
    public static List<ReviewChoice> FromCard(JsonElement value, int count, List<int>? invalid = null)
    {
        var choices = new List<ReviewChoice>();
        if (value.ValueKind != JsonValueKind.Object)
        {
            return choices;
        }

        for (var i = 0; i < count; i++)
        {
            if (ReadString(value, PiiReviewCard.ChoiceInputId(i)) is not { } chosen || string.IsNullOrWhiteSpace(chosen))
            {
                continue;
            }

            if (ParseDecision(chosen.Trim()) is not { } decision)
            {
                invalid?.Add(i);
                continue;
            }

            var text = ReadString(value, PiiReviewCard.EditInputId(i))?.Trim();
            choices.Add(new ReviewChoice(i, decision, decision == RedactionDecision.Edit ? text : null));
        }

        return choices;
    }

    /// <summary>
    /// Returns the typed per-finding commands in <paramref name="text"/> and the positions of the parts that
    /// are not commands, or null when no part is a command: such a text may answer the whole review, as
    /// "remove all" does. Numbers are returned from 0; they are not checked against the review here.
    /// </summary>
    public static TypedChoices? FromText(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var choices = new List<ReviewChoice>();
        var notUnderstood = new List<TextPosition>();
        var lines = text.Split('\n');
        for (var line = 0; line < lines.Length; line++)
        {
            var parts = lines[line].Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            for (var part = 0; part < parts.Length; part++)
            {
                if (ParseCommand(parts[part]) is { } choice)
                {
                    choices.Add(choice);
                }
                else
                {
                    notUnderstood.Add(new TextPosition(line + 1, parts.Length > 1 ? part + 1 : null, IsVerbOnly(parts[part])));
                }
            }
        }

        return choices.Count == 0 ? null : new TypedChoices(choices, notUnderstood);
    }

    private static bool IsVerbOnly(string part) =>
        part.Trim().TrimEnd('.', '!').ToLowerInvariant() is "remove" or "remove all" or "remove them" or "keep" or "keep all" or "keep them";

    private static ReviewChoice? ParseCommand(string command)
    {
        var match = Command().Match(command);
        if (!match.Success || ParseDecision(match.Groups["verb"].Value) is not { } decision
            || !int.TryParse(match.Groups["number"].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var number))
        {
            return null;
        }

        var replacement = match.Groups["text"].Value.Trim();
        return new ReviewChoice(number - 1, decision, decision == RedactionDecision.Edit ? replacement : null);
    }

    private static RedactionDecision? ParseDecision(string word) => word.ToUpperInvariant() switch
    {
        "REMOVE" or "REDACT" or "DELETE" => RedactionDecision.Remove,
        "MASK" => RedactionDecision.Mask,
        "KEEP" => RedactionDecision.Keep,
        "EDIT" or "REPLACE" or "CHANGE" => RedactionDecision.Edit,
        _ => null,
    };

    private static string? ReadString(JsonElement value, string name) =>
        value.TryGetProperty(name, out var property) && property.ValueKind == JsonValueKind.String ? property.GetString() : null;

    // "mask 2", "keep #3", "edit 4: new text", "replace 4 with new text".
    [GeneratedRegex(@"^(?<verb>[a-z]+)\s+#?(?<number>\d{1,3})\b\s*(?:[:=-]|\bto\b|\bwith\b)?\s*(?<text>.*)$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Singleline, matchTimeoutMilliseconds: 200)]
    private static partial Regex Command();
}
