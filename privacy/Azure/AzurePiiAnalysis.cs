namespace HelpBot.Privacy.Azure;

/// <summary>What the Azure PII service returned for one text, with offsets in the whole text.</summary>
/// <param name="Findings">Findings mapped to HelpBot's categories, deduplicated across documents.</param>
/// <param name="WarningCodes">Warning codes of the documents (LongWordsInDocument, DocumentTruncated, ...).</param>
/// <param name="ErrorCodes">Error codes of documents that failed; their parts of the text were not checked.</param>
public sealed record AzurePiiAnalysis(
    IReadOnlyList<PiiFinding> Findings,
    IReadOnlyList<string> WarningCodes,
    IReadOnlyList<string> ErrorCodes);
