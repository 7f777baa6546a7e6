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
        ArgumentNullException.ThrowIfNull(decide);
        return Rewrite(text, findings, finding => new RedactionChoice(decide(finding)));
    }

    /// <inheritdoc/>
    public RedactionResult Apply(string text, IReadOnlyList<PiiFinding> findings, Func<PiiFinding, RedactionChoice> choose)
    {
        ArgumentNullException.ThrowIfNull(choose);
        var rewritten = Rewrite(text, findings, choose);
        var spans = RedactionSpan.Group(text, findings, choose);
        var kept = findings
            .Where(f => spans.Exists(s => s.Decision == RedactionDecision.Keep && s.Start <= f.Offset && f.End <= s.End))
            .OrderBy(f => f.Offset)
            .Select(f => new KeptFinding(f.Category, f.Tier))
            .ToList();
        var removedPasswords = findings.Count(f => f.Category == PiiCategories.Password && choose(f).Decision != RedactionDecision.Remove);
        return new RedactionResult(rewritten, kept, removedPasswords);
    }

    private static string Rewrite(string text, IReadOnlyList<PiiFinding> findings, Func<PiiFinding, RedactionChoice> choose)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(findings);
        if (findings.Count == 0)
        {
            return text;
        }

        var builder = new StringBuilder(text.Length);
        var position = 0;
        foreach (var span in RedactionSpan.Group(text, findings, choose))
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
                ValueMasker.AppendMasked(builder, text.AsSpan(span.Start, span.End - span.Start), span.Category);
                break;
            case RedactionDecision.Edit:
                builder.Append(span.Replacement ?? PiiPlaceholders.For(span.Category));
                break;
            default:
                builder.Append(PiiPlaceholders.For(span.Category));
                break;
        }
    }
}
