using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace HelpBot.Cards.Tests.Validation;

/// <summary>
/// Finds card text whose numbers a markdown renderer would not show as written. A line such as
/// "2. Clear the cache" is an ordered list item, and Web Chat 4.18.1 shows such a list, alone in its
/// text block, as "1.". Only lists that start at 1 and count up by one render as written.
/// </summary>
internal static partial class MarkdownNumbering
{
    /// <summary>Returns the markdown texts (TextBlock text, FactSet titles and values) in <paramref name="card"/> that a renderer would renumber.</summary>
    public static List<string> FindRenumbered(JsonElement card) =>
        [.. MarkdownTexts(card).Where(IsRenumbered)];

    /// <summary>Whether a markdown text has an ordered list item that does not continue 1, 2, 3 from the item before it.</summary>
    public static bool IsRenumbered(string markdown)
    {
        var previous = 0;
        foreach (var line in markdown.Split('\n'))
        {
            var match = OrderedListItem().Match(line);
            if (!match.Success)
            {
                continue;
            }

            var number = int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture);
            if (number != 1 && number != previous + 1)
            {
                return true;
            }

            previous = number;
        }

        return false;
    }

    // Text that renderers read as markdown: TextBlock text and FactSet titles and values, also in
    // cards nested in Action.ShowCard.
    private static IEnumerable<string> MarkdownTexts(JsonElement element)
    {
        if (element.ValueKind == JsonValueKind.Array)
        {
            return element.EnumerateArray().SelectMany(MarkdownTexts);
        }

        if (element.ValueKind != JsonValueKind.Object)
        {
            return [];
        }

        var own = new List<string>();
        var type = element.TryGetProperty("type", out var typeValue) ? typeValue.GetString() : null;
        if (type == "TextBlock" && element.TryGetProperty("text", out var text))
        {
            own.Add(text.GetString() ?? "");
        }

        if (type == "FactSet" && element.TryGetProperty("facts", out var facts))
        {
            own.AddRange(facts.EnumerateArray().SelectMany(fact => new[] { fact.GetProperty("title").GetString() ?? "", fact.GetProperty("value").GetString() ?? "" }));
        }

        return own.Concat(element.EnumerateObject().SelectMany(property => MarkdownTexts(property.Value)));
    }

    // A CommonMark ordered list marker: up to three spaces, one to nine digits, "." or ")", then a
    // space, a tab or the end of the line.
    [GeneratedRegex(@"^ {0,3}([0-9]{1,9})[.)](?:[ \t]|$)", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex OrderedListItem();
}
