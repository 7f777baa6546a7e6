namespace HelpBot.Domain.Systems;

/// <summary>The system an address or text points to, and why.</summary>
/// <param name="System">One of <see cref="SupportSystems"/>.</param>
/// <param name="Host">The normalized host (lower case, ASCII/punycode, no trailing dot) when an address was found.</param>
/// <param name="IsOldBookmark">True for a host the system no longer uses (the "address changed" tip applies).</param>
/// <param name="IsLookAlike">True when the host resembles a known host but is not one; <see cref="System"/> is then unknown.</param>
/// <param name="Reason">A sentence the bot can show about how the system was decided or why it was not.</param>
public sealed record SystemMatch(
    string System,
    string? Host = null,
    bool IsOldBookmark = false,
    bool IsLookAlike = false,
    string? Reason = null)
{
    /// <summary>True when the match came from a web address rather than a name in the text.</summary>
    public bool FromAddress { get; init; }

    /// <summary>Path of the address (such as <c>/peak/s/benefit-information</c>), when one was found.</summary>
    public string? Path { get; init; }

    /// <summary>The result for text that names no system and contains no address.</summary>
    public static SystemMatch None { get; } = new(SupportSystems.Unknown);

    public bool IsKnown => System != SupportSystems.Unknown;
}
