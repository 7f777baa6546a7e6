namespace HelpBot.Domain.Systems;

/// <summary>Ids of the systems a report can be about.</summary>
public static class SupportSystems
{
    /// <summary>PEAK/SES (Colorado Program Eligibility and Application Kit on the Shared Eligibility System).</summary>
    public const string Peak = "peak";

    /// <summary>Connect for Health Colorado, including its Colorado Connect platform.</summary>
    public const string ConnectForHealth = "connect-for-health";

    /// <summary>Not decided yet: the bot has to ask.</summary>
    public const string Unknown = "unknown";
}
