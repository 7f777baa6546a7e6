namespace HelpBot.Domain.Content;

/// <summary>Values of <see cref="ContactPoint.Status"/>.</summary>
public static class FactStatuses
{
    public const string Current = "current";

    /// <summary>Known from an old source only, with no sign it still works.</summary>
    public const string Historical = "historical";

    /// <summary>Still the best value known, but not confirmed since its source was written.</summary>
    public const string Unverified = "unverified";
}
