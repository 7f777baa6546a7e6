namespace HelpBot.Privacy;

/// <summary>
/// Checks a text with the detector that <see cref="PiiOptions.Mode"/> selects: the local recognizers,
/// Azure AI Language, or both. When Azure is selected but fails, the local findings are returned and the
/// result says so, so the conversation can tell the user that the remote check was unavailable.
/// </summary>
public interface IPiiDetector
{
    /// <summary>Returns the findings in <paramref name="text"/>, sorted by offset.</summary>
    Task<PiiDetectionResult> DetectAsync(string text, CancellationToken cancellationToken);

    /// <summary>
    /// Returns one result per text, in order, checking the texts together: in Azure and Both modes they
    /// share as few requests as the service's limits allow.
    /// </summary>
    Task<IReadOnlyList<PiiDetectionResult>> DetectManyAsync(IReadOnlyList<string> texts, CancellationToken cancellationToken);
}
