using HelpBot.Domain.FollowUp;

namespace HelpBot.Domain.Tests.FollowUp;

public sealed class FollowUpOptionsValidatorTests
{
    [Fact]
    public void Validate_Defaults_Succeeds()
    {
        Assert.True(new FollowUpOptionsValidator().Validate(null, new FollowUpOptions()).Succeeded);
    }

    public static TheoryData<string, Action<FollowUpOptions>> InvalidSettings => new()
    {
        { "DefaultTimeZone", o => o.DefaultTimeZone = "Nowhere/Town" },
        { "WorkdayEnd", o => o.WorkdayEnd = new TimeOnly(7, 0) },
        { "PeakReplyWorkingDays", o => o.PeakReplyWorkingDays = -1 },
        { "EscalateAfterReminders", o => o.EscalateAfterReminders = -1 },
        { "MaxDeliveryAttempts", o => o.MaxDeliveryAttempts = 0 },
        { "ReminderInterval", o => o.ReminderInterval = TimeSpan.Zero },
        { "UrgentInterval", o => o.UrgentInterval = TimeSpan.FromDays(30) },
        { "ScanInterval", o => o.ScanInterval = TimeSpan.FromMilliseconds(10) },
        { "RetryDelay", o => o.RetryDelay = TimeSpan.FromSeconds(-1) },
        { "Supervisors:0", o => o.Supervisors.Add(new ChannelUser { ChannelId = "msteams" }) },
        { "Admins:0", o => o.Admins.Add(new ChannelUser { UserId = "u1" }) },
    };

    [Theory]
    [MemberData(nameof(InvalidSettings))]
    public void Validate_InvalidSetting_NamesIt(string setting, Action<FollowUpOptions> change)
    {
        var options = new FollowUpOptions();
        change(options);

        var result = new FollowUpOptionsValidator().Validate(null, options);

        Assert.True(result.Failed);
        Assert.Contains("FollowUp:" + setting, result.FailureMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void EffectiveWorkingDays_NotSet_IsMondayToFriday()
    {
        Assert.Equal(5, new FollowUpOptions().EffectiveWorkingDays.Count);
    }
}
