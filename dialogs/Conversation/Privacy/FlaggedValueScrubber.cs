using System.Text.Json.Nodes;
using HelpBot.Privacy;

namespace HelpBot.Dialogs.Conversation.Privacy;

/// <summary>
/// Rewrites copies of the checked text held outside the report's fields, such as the first message and
/// the dialog stack, so each flagged value reads as the review rewrote it in its field. Values the user
/// kept stay, except passwords, which the redactor always removes.
/// </summary>
public sealed class FlaggedValueScrubber
{
    private readonly List<(string Value, string Replacement)> _replacements;

    private FlaggedValueScrubber(List<(string Value, string Replacement)> replacements) => _replacements = replacements;

    /// <summary>
    /// Creates a scrubber for the findings in <paramref name="fields"/>, each rewritten as <paramref name="choose"/>
    /// returns for its number from 0 across the fields in order.
    /// </summary>
    public static FlaggedValueScrubber Create(
        IReadOnlyList<FieldFindings> fields, Func<int, PiiFinding, RedactionChoice> choose, IPiiRedactor redactor)
    {
        ArgumentNullException.ThrowIfNull(choose);
        ArgumentNullException.ThrowIfNull(redactor);
        var replacements = new List<(string Value, string Replacement)>();
        foreach (var (field, finding, index) in ReviewChoiceValidator.Number(fields))
        {
            var value = field.Text.Substring(finding.Offset, finding.Length);
            var choice = choose(index, finding);
            var replacement = redactor.Apply(value, [finding with { Offset = 0 }], _ => choice).Text;
            if (value.Length > 0 && replacement != value)
            {
                replacements.Add((value, replacement));
            }
        }

        // Longer values first, so a value that contains a shorter one is replaced whole.
        return new FlaggedValueScrubber([.. replacements.OrderByDescending(r => r.Value.Length)]);
    }

    /// <summary>Returns <paramref name="text"/> with every flagged value replaced; null stays null.</summary>
    public string? Scrub(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return text;
        }

        foreach (var (value, replacement) in _replacements)
        {
            text = text.Replace(value, replacement, StringComparison.Ordinal);
        }

        return text;
    }

    /// <summary>Replaces the flagged values in every string value inside <paramref name="node"/>, in place.</summary>
    public void ScrubValues(JsonNode? node)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var (key, child) in obj.ToList())
                {
                    if (ReadString(child) is { } text)
                    {
                        obj[key] = Scrub(text);
                    }
                    else
                    {
                        ScrubValues(child);
                    }
                }

                break;
            case JsonArray array:
                for (var i = 0; i < array.Count; i++)
                {
                    if (ReadString(array[i]) is { } text)
                    {
                        array[i] = Scrub(text);
                    }
                    else
                    {
                        ScrubValues(array[i]);
                    }
                }

                break;
        }
    }

    private static string? ReadString(JsonNode? node) =>
        node is JsonValue value && value.TryGetValue<string>(out var text) ? text : null;
}
