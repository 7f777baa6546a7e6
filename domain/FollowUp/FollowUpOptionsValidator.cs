using Microsoft.Extensions.Options;

namespace HelpBot.Domain.FollowUp;

/// <summary>Checks <see cref="FollowUpOptions"/> at start-up, naming each invalid setting.</summary>
public sealed class FollowUpOptionsValidator : IValidateOptions<FollowUpOptions>
{
    public ValidateOptionsResult Validate(string? name, FollowUpOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        if (!WorkingHours.TryFindTimeZone(options.DefaultTimeZone, out _))
        {
            failures.Add($"FollowUp:DefaultTimeZone '{options.DefaultTimeZone}' is not a known IANA time zone id, such as America/Denver.");
        }

        if (options.WorkdayEnd <= options.WorkdayStart)
        {
            failures.Add($"FollowUp:WorkdayEnd ({options.WorkdayEnd}) must be later than FollowUp:WorkdayStart ({options.WorkdayStart}).");
        }

        CheckRange(failures, "PeakReplyWorkingDays", options.PeakReplyWorkingDays, 0, 60);
        CheckRange(failures, "NoTimeFrameWorkingDays", options.NoTimeFrameWorkingDays, 0, 60);
        CheckRange(failures, "EscalateAfterReminders", options.EscalateAfterReminders, 0, 100);
        CheckRange(failures, "MaxDeliveryAttempts", options.MaxDeliveryAttempts, 1, 10_000);
        CheckDuration(failures, "ReminderInterval", options.ReminderInterval, TimeSpan.FromMinutes(1), TimeSpan.FromDays(60));
        CheckDuration(failures, "UrgentInterval", options.UrgentInterval, TimeSpan.FromMinutes(1), TimeSpan.FromDays(7));
        CheckDuration(failures, "ScanInterval", options.ScanInterval, TimeSpan.FromSeconds(1), TimeSpan.FromHours(1));
        CheckDuration(failures, "RetryDelay", options.RetryDelay, TimeSpan.FromSeconds(1), TimeSpan.FromDays(1));
        CheckUsers(failures, "Supervisors", options.Supervisors);
        CheckUsers(failures, "Admins", options.Admins);
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static void CheckRange(List<string> failures, string name, int value, int min, int max)
    {
        if (value < min || value > max)
        {
            failures.Add($"FollowUp:{name} is {value}; set a value from {min} to {max}.");
        }
    }

    private static void CheckDuration(List<string> failures, string name, TimeSpan value, TimeSpan min, TimeSpan max)
    {
        if (value < min || value > max)
        {
            failures.Add($"FollowUp:{name} is {value}; set a duration from {min} to {max} (format d.hh:mm:ss).");
        }
    }

    private static void CheckUsers(List<string> failures, string name, List<ChannelUser>? users)
    {
        if (users is null)
        {
            return;
        }

        for (var i = 0; i < users.Count; i++)
        {
            if (string.IsNullOrWhiteSpace(users[i]?.ChannelId) || string.IsNullOrWhiteSpace(users[i]?.UserId))
            {
                failures.Add($"FollowUp:{name}:{i} needs both ChannelId and UserId.");
            }
        }
    }
}
