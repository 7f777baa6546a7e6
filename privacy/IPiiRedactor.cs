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
}
