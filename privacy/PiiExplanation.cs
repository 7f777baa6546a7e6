namespace HelpBot.Privacy;

/// <summary>
/// How a finding was scored. It never contains the matched text, so it may be logged or shown to a
/// supervisor.
/// </summary>
/// <param name="RecognizerName">Name of the recognizer that produced the finding.</param>
/// <param name="PatternName">Name of the pattern that matched.</param>
/// <param name="OriginalScore">Score of the pattern before context and validation.</param>
/// <param name="Score">Score after context and validation.</param>
/// <param name="ContextWords">Configured context words found near the match (recognizer constants, not user text).</param>
/// <param name="Validated">Result of the recognizer's validation (a checksum or range rule); null when it has no opinion.</param>
/// <param name="TimedOut">True when a regex timed out and the finding covers the whole text (fail closed).</param>
/// <param name="Note">Extra fact about the decision in plain words.</param>
public sealed record PiiExplanation(
    string RecognizerName,
    string PatternName,
    double OriginalScore,
    double Score,
    IReadOnlyList<string> ContextWords,
    bool? Validated = null,
    bool TimedOut = false,
    string? Note = null);
