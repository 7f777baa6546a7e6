namespace HelpBot.Privacy;

/// <summary>Findings of one check and which detector produced them.</summary>
/// <param name="Findings">Findings sorted by offset. In <see cref="PiiMode.Both"/> findings of different categories may overlap.</param>
/// <param name="Mode">The configured mode.</param>
/// <param name="RemoteUnavailable">
/// True when Azure was selected but failed or left part of the text unchecked, so the local findings
/// stand in for it.
/// </param>
/// <param name="RemoteFailure">Why the remote check failed, in plain words without user text; null when it did not fail.</param>
/// <param name="RemoteWarnings">Warning codes from Azure, such as DocumentTruncated.</param>
public sealed record PiiDetectionResult(
    IReadOnlyList<PiiFinding> Findings,
    PiiMode Mode,
    bool RemoteUnavailable = false,
    string? RemoteFailure = null,
    IReadOnlyList<string>? RemoteWarnings = null);
