namespace HelpBot.Dialogs.FollowUp;

/// <summary>Values of <c>channelData.helpbot.step</c> on the follow-up engine's proactive messages.</summary>
public static class FollowUpSteps
{
    public const string Reminder = "followUpReminder";
    public const string Escalation = "followUpEscalation";
    public const string OwnerNotice = "followUpOwnerNotice";
}
