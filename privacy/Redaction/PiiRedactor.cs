using System.Text;

namespace HelpBot.Privacy.Redaction;

/// <summary>
/// Default <see cref="IPiiRedactor"/>. Overlapping or touching findings form one span. A span is removed
/// when any of its findings is removed or is a password. Otherwise it is masked when any finding is
/// masked, and kept when none is. A removed span gets the placeholder of the finding with the strictest
/// decision, then the highest tier, then the highest score. Span edges that fall
/// inside a surrogate pair are widened to the whole pair, so the output is always valid UTF-16.
/// </summary>
public sealed class PiiRedactor : IPiiRedactor
{
    /// <inheritdoc/>
    public string Redact(string text, IReadOnlyList<PiiFinding> findings, RedactionDecision decision) =>
        Redact(text, findings, _ => decision);

    /// <inheritdoc/>
    public string Redact(string text, IReadOnlyList<PiiFinding> findings, Func<PiiFinding, RedactionDecision> decide)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(findings);
        ArgumentNullException.ThrowIfNull(decide);
        if (findings.Count == 0)
        {
            return text;
        }

        var builder = new StringBuilder(text.Length);
        var position = 0;
        foreach (var span in RedactionSpan.Group(text, findings, decide))
        {
            builder.Append(text, position, span.Start - position);
            AppendReplacement(builder, text, span);
            position = span.End;
        }

        builder.Append(text, position, text.Length - position);
        return builder.ToString();
    }

    private static void AppendReplacement(StringBuilder builder, string text, RedactionSpan span)
    {
        switch (span.Decision)
        {
            case RedactionDecision.Keep:
                builder.Append(text, span.Start, span.End - span.Start);
                break;
            case RedactionDecision.Mask:
                ValueMasker.AppendMasked(builder, text.AsSpan(span.Start, span.End - span.Start));
                break;
            default:
                builder.Append(PiiPlaceholders.For(span.Category));
                break;
        }
    }
}
