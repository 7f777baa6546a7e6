namespace HelpBot.Domain.Reports;

/// <summary>Reads a first message the way a help-desk agent would and fills in an <see cref="IssueReport"/>.</summary>
public static partial class ReportExtractor
{
    /// <summary>
    /// Extracts every report field the message gives. <paramref name="pageUrl"/>, when given,
    /// decides the system over a system merely named in the text.
    /// </summary>
    public static ExtractionResult Extract(string message, string? pageUrl, ExtractionContext context) =>
        throw new NotImplementedException();
}
