using HelpBot.Protocol.Models;

namespace HelpBot.Bot.Channels.Teams;

/// <summary>
/// The <c>BotFramework:AllowedTenants</c> check. It applies to Teams activities only, because other
/// channels carry no tenant; with an empty list every tenant is allowed.
/// </summary>
public static class TeamsTenantFilter
{
    /// <summary>Whether <paramref name="activity"/> may be processed.</summary>
    public static bool IsAllowed(Activity activity, IReadOnlyCollection<string> allowedTenants)
    {
        ArgumentNullException.ThrowIfNull(activity);
        ArgumentNullException.ThrowIfNull(allowedTenants);
        if (allowedTenants.Count == 0 || !string.Equals(activity.ChannelId, ChannelIds.MsTeams, StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        var tenantId = TeamsChannelData.GetTenantId(activity);
        return tenantId is not null && allowedTenants.Contains(tenantId, StringComparer.OrdinalIgnoreCase);
    }
}
