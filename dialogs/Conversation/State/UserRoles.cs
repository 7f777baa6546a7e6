namespace HelpBot.Dialogs.Conversation.State;

/// <summary>Values of <see cref="UserProfile.Role"/>.</summary>
public static class UserRoles
{
    public const string CboStaff = "cboStaff";
    public const string HealthCoverageGuide = "healthCoverageGuide";
    public const string ApplicationCounselor = "applicationCounselor";
    public const string Broker = "broker";

    /// <summary>
    /// Returns whether <paramref name="role"/> is certified by Connect for Health Colorado, so its holder
    /// follows an internal process for calling and escalating to the Service Center.
    /// </summary>
    public static bool IsCertified(string? role) =>
        role is HealthCoverageGuide or ApplicationCounselor or Broker;
}
