using HelpBot.Privacy;

namespace HelpBot.Dialogs.Conversation.Privacy;

/// <summary>The PII/PHI found in one report field, or in one of the <see cref="ReportCopies"/> texts.</summary>
/// <param name="Field">The report field id, or the copy's id.</param>
/// <param name="Text">The field's text the findings index into.</param>
/// <param name="Findings">The findings, in text order.</param>
public sealed record FieldFindings(string Field, string Text, IReadOnlyList<PiiFinding> Findings)
{
    /// <summary>The categories found, without repeats, in ordinal order.</summary>
    public IReadOnlyList<string> Categories => [.. Findings.Select(f => f.Category).Distinct().Order(StringComparer.Ordinal)];
}
