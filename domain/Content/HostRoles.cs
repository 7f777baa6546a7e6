namespace HelpBot.Domain.Content;

/// <summary>Values of <see cref="KnownHost.Role"/>.</summary>
public static class HostRoles
{
    /// <summary>The address the system serves today.</summary>
    public const string Current = "current";

    /// <summary>An address the system used before; a page on it is a reason for the "address changed" tip.</summary>
    public const string OldBookmark = "old-bookmark";

    /// <summary>A short address that redirects to the system, such as CO.gov/PEAK.</summary>
    public const string ShortAddress = "short-address";
}
