using HelpBot.Privacy;

namespace HelpBot.Cards.Builders;

/// <summary>One report field the PII check looked at, with what it found there.</summary>
/// <param name="FieldId">The report field id, such as <c>description</c>.</param>
/// <param name="Heading">The field's heading, such as "Description".</param>
/// <param name="Text">The field's text; findings index into it.</param>
/// <param name="Findings">Findings in <paramref name="Text"/>, with UTF-16 offsets.</param>
public sealed record PiiReviewField(string FieldId, string Heading, string Text, IReadOnlyList<PiiFinding> Findings);
