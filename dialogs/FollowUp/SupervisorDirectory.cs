using System.Text.Json;
using HelpBot.Domain.FollowUp;
using HelpBot.Runtime.State;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace HelpBot.Dialogs.FollowUp;

/// <summary>
/// <see cref="ISupervisorDirectory"/> over <see cref="FollowUpOptions.Supervisors"/> and
/// <see cref="FollowUpOptions.Admins"/>, plus one storage document per channel
/// (<see cref="RosterKey"/>) with the supervisors admins added and the conversation each
/// supervisor last used. Configured supervisors are checked without a storage read.
/// </summary>
public sealed class SupervisorDirectory(IStorage storage, IOptions<FollowUpOptions> options, ILogger<SupervisorDirectory> logger)
    : ISupervisorDirectory
{
    private const int MaxWriteAttempts = 5;

    /// <summary>Returns the storage key of a channel's roster: <c>followup/supervisors/{channelId}</c>, URL-encoded.</summary>
    public static string RosterKey(string channelId) => $"followup/supervisors/{Uri.EscapeDataString(channelId)}";

    public async ValueTask<bool> IsSupervisorAsync(string channelId, string userId, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(channelId);
        ArgumentException.ThrowIfNullOrWhiteSpace(userId);
        if (IsConfigured(options.Value.Supervisors, channelId, userId))
        {
            return true;
        }

        var (roster, _) = await ReadAsync(channelId, cancellationToken);
        return roster.Added.Contains(userId, StringComparer.Ordinal);
    }

    public bool IsAdmin(string channelId, string userId) =>
        !string.IsNullOrWhiteSpace(channelId) && !string.IsNullOrWhiteSpace(userId) && IsConfigured(options.Value.Admins, channelId, userId);

    public async ValueTask<IReadOnlyList<TicketActor>> ListAsync(string channelId, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(channelId);
        var (roster, _) = await ReadAsync(channelId, cancellationToken);
        var configured = options.Value.Supervisors
            .Where(s => string.Equals(s.ChannelId, channelId, StringComparison.Ordinal))
            .Select(s => s.UserId);
        return [.. configured.Concat(roster.Added)
            .Distinct(StringComparer.Ordinal)
            .Select(userId => new TicketActor(channelId, userId, roster.Conversations.GetValueOrDefault(userId)))];
    }

    /// <summary>Adds a supervisor on the admin's channel; returns false when the user already is one.</summary>
    /// <exception cref="UnauthorizedAccessException"><paramref name="admin"/> is not a configured admin; check <see cref="IsAdmin"/> first.</exception>
    public async Task<bool> AddAsync(TicketActor admin, string userId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(admin);
        ArgumentException.ThrowIfNullOrWhiteSpace(userId);
        if (!IsAdmin(admin.ChannelId, admin.UserId))
        {
            throw new UnauthorizedAccessException("Only a configured admin (FollowUp:Admins) can add supervisors.");
        }

        var userKey = userId.Trim();
        if (IsConfigured(options.Value.Supervisors, admin.ChannelId, userKey))
        {
            return false;
        }

        var added = await ChangeRosterAsync(admin.ChannelId, roster =>
        {
            if (roster.Added.Contains(userKey, StringComparer.Ordinal))
            {
                return false;
            }

            roster.Added.Add(userKey);
            return true;
        }, cancellationToken);
        if (added)
        {
            Log.SupervisorAdded(logger, admin.ChannelId);
        }

        return added;
    }

    public async Task RememberConversationAsync(TicketActor supervisor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(supervisor);
        if (string.IsNullOrWhiteSpace(supervisor.ConversationId))
        {
            return;
        }

        await ChangeRosterAsync(supervisor.ChannelId, roster =>
        {
            if (roster.Conversations.TryGetValue(supervisor.UserId, out var known) && known == supervisor.ConversationId)
            {
                return false;
            }

            roster.Conversations[supervisor.UserId] = supervisor.ConversationId;
            return true;
        }, cancellationToken);
    }

    // Applies change to the stored roster and writes it when change returns true; returns that value.
    private async Task<bool> ChangeRosterAsync(string channelId, Func<SupervisorRoster, bool> change, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            var (roster, etag) = await ReadAsync(channelId, cancellationToken);
            if (!change(roster))
            {
                return false;
            }

            var item = new StoreItem(JsonSerializer.SerializeToUtf8Bytes(roster, FollowUpJsonContext.Default.SupervisorRoster), etag);
            try
            {
                await storage.WriteAsync(new Dictionary<string, StoreItem> { [RosterKey(channelId)] = item }, cancellationToken);
                return true;
            }
            catch (StorageConcurrencyException) when (attempt < MaxWriteAttempts)
            {
                // Another turn changed the roster in between: read it again.
            }
        }
    }

    private async Task<(SupervisorRoster Roster, string? ETag)> ReadAsync(string channelId, CancellationToken cancellationToken)
    {
        var key = RosterKey(channelId);
        var items = await storage.ReadAsync([key], cancellationToken);
        if (!items.TryGetValue(key, out var item))
        {
            return (new SupervisorRoster(), null);
        }

        return (JsonSerializer.Deserialize(item.Json.Span, FollowUpJsonContext.Default.SupervisorRoster) ?? new SupervisorRoster(), item.ETag);
    }

    private static bool IsConfigured(List<ChannelUser> users, string channelId, string userId) =>
        users.Any(u => string.Equals(u.ChannelId, channelId, StringComparison.Ordinal) && string.Equals(u.UserId, userId, StringComparison.Ordinal));
}
