using System.Text;
using HelpBot.Cards.Text;
using HelpBot.Privacy;
using HelpBot.Privacy.Redaction;

namespace HelpBot.Cards.Builders;

/// <summary>
/// Describes a PII finding without repeating its value: the category, the last four characters
/// of long identifiers, and the words around it with every finding replaced by a placeholder.
/// </summary>
internal static class FindingPreview
{
    private const int ContextChars = 30;

    /// <summary>Returns "SSN ending 1120" for long identifiers and the category label otherwise.</summary>
    public static string Describe(PiiFinding finding, string text)
    {
        var label = PiiCategoryLabels.For(finding.Category);
        if (!IsInside(finding, text))
        {
            return label;
        }

        var alphanumerics = text.AsSpan(finding.Offset, finding.Length).ToString().Where(char.IsLetterOrDigit).ToArray();
        return MaskedTail.IsShown(finding.Category, alphanumerics.Length)
            ? $"{label} ending {new string(alphanumerics[^MaskedTail.Length..])}"
            : label;
    }

    /// <summary>
    /// Returns the text around <paramref name="finding"/> on one line, with every finding in
    /// it replaced by its placeholder, such as "…client's SSN is [SSN] and she…".
    /// </summary>
    public static string Context(PiiFinding finding, string text, IReadOnlyList<PiiFinding> all)
    {
        if (!IsInside(finding, text))
        {
            return PiiPlaceholders.For(finding.Category);
        }

        var (start, end) = Window(finding, text, all);
        var builder = new StringBuilder();
        if (start > 0)
        {
            builder.Append('\u2026');
        }

        var position = start;
        foreach (var other in all.Where(f => IsInside(f, text) && f.Offset < end && f.End > start).OrderBy(f => f.Offset))
        {
            if (other.Offset > position)
            {
                builder.Append(text, position, other.Offset - position);
            }

            if (other.End > position)
            {
                builder.Append(PiiPlaceholders.For(other.Category));
                position = other.End;
            }
        }

        if (end > position)
        {
            builder.Append(text, position, end - position);
        }

        if (end < text.Length)
        {
            builder.Append('\u2026');
        }

        return CardText.Clean(builder.ToString()).Replace('\n', ' ');
    }

    private static bool IsInside(PiiFinding finding, string text) =>
        finding.Offset >= 0 && finding.Length > 0 && finding.End <= text.Length;

    // Widens the window until no finding is cut at its edges, so no partial value shows.
    private static (int Start, int End) Window(PiiFinding finding, string text, IReadOnlyList<PiiFinding> all)
    {
        var start = Math.Max(0, finding.Offset - ContextChars);
        var end = Math.Min(text.Length, finding.End + ContextChars);
        var changed = true;
        while (changed)
        {
            changed = false;
            foreach (var other in all.Where(f => IsInside(f, text)))
            {
                if (other.Offset < start && other.End > start)
                {
                    start = other.Offset;
                    changed = true;
                }

                if (other.Offset < end && other.End > end)
                {
                    end = other.End;
                    changed = true;
                }
            }
        }

        if (start > 0 && char.IsLowSurrogate(text[start]))
        {
            start--;
        }

        if (end < text.Length && char.IsLowSurrogate(text[end]))
        {
            end++;
        }

        return (start, end);
    }
}
