namespace HelpBot.Domain.FollowUp;

/// <summary>A user on one channel, as configured in <see cref="FollowUpOptions.Supervisors"/> and <see cref="FollowUpOptions.Admins"/>.</summary>
public sealed class ChannelUser
{
    /// <summary>Channel id such as <c>msteams</c> or <c>directline</c>.</summary>
    public string ChannelId { get; set; } = string.Empty;

    /// <summary>The user's id on that channel.</summary>
    public string UserId { get; set; } = string.Empty;
}
