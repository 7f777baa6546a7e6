namespace HelpBot.Domain.Drafts;

/// <summary>One required field of the e-mail draft.</summary>
/// <param name="Field">The <see cref="Reports.ReportFields"/> id.</param>
/// <param name="Heading">Heading from the content file, such as "Date and time".</param>
/// <param name="Body">The answer, or "Not provided".</param>
/// <param name="Provided">False when <paramref name="Body"/> is the "Not provided" placeholder.</param>
public sealed record DraftSection(string Field, string Heading, string Body, bool Provided);
