namespace HelpBot.Privacy.Recognizers;

/// <summary>Match timeout of every recognizer regex.</summary>
internal static class RegexTimeouts
{
    /// <summary>
    /// 100 ms per match call. A timeout makes the whole text count as PII (fail closed), so the value is
    /// generous for free-text messages of a few kilobytes.
    /// </summary>
    public const int Milliseconds = 100;
}
