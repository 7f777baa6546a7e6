namespace HelpBot.Dialogs.FollowUp;

/// <summary>
/// Who supervises and who may add supervisors: the configured lists plus the supervisors an admin
/// added in chat (kept in storage).
/// </summary>
public interface ISupervisorDirectory
{
    /// <summary>True when the user is a supervisor on that channel.</summary>
    ValueTask<bool> IsSupervisorAsync(string channelId, string userId, CancellationToken cancellationToken);

    /// <summary>True when the user is a configured admin on that channel.</summary>
    bool IsAdmin(string channelId, string userId);

    /// <summary>Every supervisor of the channel, configured and added.</summary>
    ValueTask<IReadOnlyList<TicketActor>> ListAsync(string channelId, CancellationToken cancellationToken);

    /// <summary>Adds a supervisor; returns false when the user already is one.</summary>
    Task<bool> AddAsync(TicketActor admin, string userId, CancellationToken cancellationToken);

    /// <summary>Records the conversation a supervisor last used, so escalation cards reach them.</summary>
    Task RememberConversationAsync(TicketActor supervisor, CancellationToken cancellationToken);
}
