namespace HelpBot.Privacy;

/// <summary>Rewrites a text with its findings removed, masked or kept.</summary>
public interface IPiiRedactor
{
    /// <summary>
    /// Returns <paramref name="text"/> with each finding handled as <paramref name="decide"/> returns for it.
    /// Passwords are always removed, whatever the decision. Overlapping findings are handled as one span.
    /// </summary>
    string Redact(string text, IReadOnlyList<PiiFinding> findings, Func<PiiFinding, RedactionDecision> decide);

    /// <summary>Returns <paramref name="text"/> with every finding handled the same way.</summary>
    string Redact(string text, IReadOnlyList<PiiFinding> findings, RedactionDecision decision);

    /// <summary>
    /// Rewrites <paramref name="text"/> with each finding handled as the user chose: removed (a placeholder
    /// such as <c>[SSN]</c>), masked (last four kept), edited (replaced with the user's text) or kept.
    /// Passwords are always removed, with a warning. The result records the categories of the kept
    /// findings (never their text) and whether the e-mail must be sent encrypted.
    /// </summary>
    RedactionResult Apply(string text, IReadOnlyList<PiiFinding> findings, Func<PiiFinding, RedactionChoice> choose);
}
