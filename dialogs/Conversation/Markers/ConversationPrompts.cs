namespace HelpBot.Dialogs.Conversation.Markers;

/// <summary>Values of <see cref="HelpBotMarker.Prompt"/>: the questions HelpBot asks.</summary>
public static class ConversationPrompts
{
    public const string Menu = "menu";
    public const string CbmsUser = "cbmsUser";
    public const string Role = "role";
    public const string Describe = "describe";
    public const string Training = "training";
    public const string Tips = "tips";
    public const string PageAddress = "pageAddress";
    public const string PickSystem = "pickSystem";
    public const string Urgent = "urgent";
    public const string Field = "field";
    public const string PiiReview = "piiReview";
    public const string LogCall = "logCall";

    /// <summary>The offer to continue an unfinished report from another conversation, or start a new one.</summary>
    public const string ResumeReport = "resumeReport";

    /// <summary>The question whether "change my answers" may drop the report in progress.</summary>
    public const string ConfirmChange = "confirmChange";
}
