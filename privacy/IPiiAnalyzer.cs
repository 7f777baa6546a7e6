namespace HelpBot.Privacy;

/// <summary>Finds PII and PHI in free text.</summary>
public interface IPiiAnalyzer
{
    /// <summary>
    /// Runs every enabled recognizer over <paramref name="text"/> and returns the findings at or above the
    /// configured score threshold, sorted by offset, with overlapping findings merged and allow-listed
    /// values removed.
    /// </summary>
    IReadOnlyList<PiiFinding> Analyze(string text);
}
