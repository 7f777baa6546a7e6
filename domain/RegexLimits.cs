namespace HelpBot.Domain;

/// <summary>Limits shared by the domain's regular expressions.</summary>
internal static class RegexLimits
{
    /// <summary>
    /// Match timeout for every pattern. The patterns have bounded repetition and run on messages of
    /// at most <see cref="MaxTextLength"/> characters; the second of slack covers a cold start on a busy machine.
    /// </summary>
    public const int TimeoutMilliseconds = 1000;

    /// <summary>Longest text the extractor reads; the rest of a longer message is kept but not analyzed.</summary>
    public const int MaxTextLength = 8000;
}
