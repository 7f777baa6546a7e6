using System.Text.Json.Nodes;
using HelpBot.Dialogs.Conversation.State;
using HelpBot.Privacy;

namespace HelpBot.Dialogs.Conversation.Privacy;

/// <summary>
/// Rewrites the copies of user text that the report state keeps outside the checked fields
/// (<see cref="ReportCopies"/>), and every dialog-state string that equals a copy or a reviewed field, when
/// the review ends. The local analyzer checks each copy, so text that reached no checked field is checked
/// too. A copy changes only at its findings' offsets, so a value that merely also occurs elsewhere in it
/// (the "35" of an age inside "10:35" or "1B0000035") stays as the user typed it there.
/// <list type="bullet">
/// <item>Where a field's text was copied into the copy, each of the field's findings gets the user's choice,
/// so the copy reads as the review rewrote the field.</item>
/// <item>A finding of the analyzer follows the choice of a field finding it overlaps. Otherwise an identifier
/// is removed and a linked detail stays (see <see cref="ReportCopies.KeepsUnreviewed"/>).</item>
/// </list>
/// Passwords are removed in every case, as the redactor always removes them.
/// </summary>
public sealed class FlaggedValueScrubber
{
    private readonly List<(string Id, string Text)> _copies;
    private readonly Dictionary<string, string> _rewrites;

    private FlaggedValueScrubber(List<(string Id, string Text)> copies, Dictionary<string, string> rewrites)
    {
        _copies = copies;
        _rewrites = rewrites;
    }

    /// <summary>
    /// Creates a scrubber for the copies in <paramref name="state"/>, checked with <paramref name="analyzer"/>,
    /// and the reviewed <paramref name="fields"/>, each finding rewritten as <paramref name="choose"/> returns
    /// for its number from 0 across the fields in order.
    /// </summary>
    public static FlaggedValueScrubber Create(
        ReportState state,
        IReadOnlyList<FieldFindings> fields,
        Func<int, PiiFinding, RedactionChoice> choose,
        IPiiRedactor redactor,
        IPiiAnalyzer analyzer)
    {
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(fields);
        ArgumentNullException.ThrowIfNull(choose);
        ArgumentNullException.ThrowIfNull(redactor);
        ArgumentNullException.ThrowIfNull(analyzer);
        var numbered = ReviewChoiceValidator.Number(fields).ToList();
        var rewrittenCopies = new List<(string Id, string Text)>();
        var rewrites = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (id, original) in ReportCopies.Read(state))
        {
            var copy = new FieldFindings(id, original, analyzer.Analyze(original));
            var choices = CopyChoices.For(copy, numbered, choose);
            var text = redactor.Apply(original, [.. choices.Keys], finding => choices[finding]).Text;
            rewrittenCopies.Add((id, text));
            AddRewrite(rewrites, original, text);
        }

        var fieldChoices = new Dictionary<PiiFinding, RedactionChoice>(ReferenceEqualityComparer.Instance);
        foreach (var (_, finding, index) in numbered)
        {
            fieldChoices[finding] = choose(index, finding);
        }

        foreach (var field in fields)
        {
            AddRewrite(rewrites, field.Text, redactor.Apply(field.Text, field.Findings, finding => fieldChoices[finding]).Text);
        }

        return new FlaggedValueScrubber(rewrittenCopies, rewrites);
    }

    /// <summary>Writes the rewritten copies into <paramref name="state"/>.</summary>
    public void Apply(ReportState state)
    {
        ArgumentNullException.ThrowIfNull(state);
        foreach (var (id, text) in _copies)
        {
            ReportCopies.Write(state, id, text);
        }
    }

    /// <summary>
    /// Replaces, in place, every string value inside <paramref name="node"/> that equals a copy's or a field's
    /// text as checked with its rewritten text. Strings that only contain such a text or one of its values stay.
    /// </summary>
    public void ScrubValues(JsonNode? node)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var (key, child) in obj.ToList())
                {
                    if (Rewrite(child) is { } text)
                    {
                        obj[key] = text;
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
                    if (Rewrite(array[i]) is { } text)
                    {
                        array[i] = text;
                    }
                    else
                    {
                        ScrubValues(array[i]);
                    }
                }

                break;
        }
    }

    // A copy comes first, because its rewrite also covers the findings the analyzer found only in the copy.
    private static void AddRewrite(Dictionary<string, string> rewrites, string original, string rewritten)
    {
        if (rewritten != original)
        {
            rewrites.TryAdd(original, rewritten);
        }
    }

    private string? Rewrite(JsonNode? node) =>
        node is JsonValue value && value.TryGetValue<string>(out var text) && _rewrites.TryGetValue(text, out var rewritten) ? rewritten : null;
}
