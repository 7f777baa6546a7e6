namespace HelpBot.Privacy;

/// <summary>
/// One piece of PII or PHI found in a text. <see cref="Offset"/> and <see cref="Length"/> count UTF-16
/// code units, so they index the .NET string directly (Azure's <c>stringIndexType=Utf16CodeUnit</c>).
/// </summary>
/// <param name="Category">A <see cref="PiiCategories"/> value.</param>
/// <param name="Tier">Whether the data identifies a person on its own or only as a linked detail.</param>
/// <param name="Offset">Start of the finding in UTF-16 code units.</param>
/// <param name="Length">Length of the finding in UTF-16 code units.</param>
/// <param name="Score">Confidence from 0 to 1.</param>
/// <param name="Explanation">How the score was reached; never holds the matched text.</param>
public sealed record PiiFinding(
    string Category,
    PiiTier Tier,
    int Offset,
    int Length,
    double Score,
    PiiExplanation Explanation)
{
    /// <summary>Index just past the finding.</summary>
    public int End => Offset + Length;
}
