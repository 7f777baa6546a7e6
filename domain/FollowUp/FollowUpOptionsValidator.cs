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
            failures.Add($"FollowUp:{name} is {value}, which is outside the allowed range. Set a value from {min} to {max}.");
        }
    }

    private static void CheckDuration(List<string> failures, string name, TimeSpan value, TimeSpan min, TimeSpan max)
    {
        if (value < min || value > max)
        {
            failures.Add($"FollowUp:{name} is {value:c}, which is outside the allowed range. Set a duration from {min:c} to {max:c}, in the format d.hh:mm:ss.");
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
            var missing = new List<string>(2);
            if (string.IsNullOrWhiteSpace(users[i]?.ChannelId))
            {
                missing.Add($"FollowUp:{name}:{i}:ChannelId");
            }

            if (string.IsNullOrWhiteSpace(users[i]?.UserId))
            {
                missing.Add($"FollowUp:{name}:{i}:UserId");
            }

            if (missing.Count > 0)
            {
                failures.Add($"{string.Join(" and ", missing)} {(missing.Count == 1 ? "is" : "are")} missing. Each entry of FollowUp:{name} needs a ChannelId and a UserId.");
            }
        }
    }
}
