namespace HelpBot.Privacy;

/// <summary>Which detector checks a text.</summary>
public enum PiiMode
{
    /// <summary>Only the local recognizers; no text leaves the process (the default).</summary>
    Local = 0,

    /// <summary>Azure AI Language PII detection, with the local recognizers as a fallback when it fails.</summary>
    Azure = 1,

    /// <summary>Both, and the union of their findings; the local findings alone when Azure fails.</summary>
    Both = 2,
}
