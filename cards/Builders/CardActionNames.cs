namespace HelpBot.Cards.Builders;

/// <summary>
/// Values of the <c>action</c> property that step buttons submit; docs/cards.md lists which
/// card sends which.
/// </summary>
public static class CardActionNames
{
    public const string ReportProblem = "reportProblem";
    public const string CheckTicket = "checkTicket";
    public const string HelpTopics = "helpTopics";
    public const string SetRole = "setRole";
    public const string TipsFixed = "tipsFixed";
    public const string StillBroken = "stillBroken";
    public const string CheckAddress = "checkAddress";
    public const string PickSystem = "pickSystem";
    public const string TrainingAnswered = "trainingAnswered";
    public const string ReportAnyway = "reportAnyway";
    public const string SubmitReport = "submitReport";
    public const string Urgent = "urgent";
    public const string Continue = "continue";
    public const string RemoveAll = "removeAll";
    public const string ApplyChoices = "applyChoices";
    public const string EditText = "editText";
    public const string KeepAllEncrypted = "keepAllEncrypted";
    public const string EmailSent = "emailSent";
    public const string SubmitCallQuestions = "submitCallQuestions";
    public const string LogCall = "logCall";
    public const string CallLater = "callLater";
    public const string SubmitCallLog = "submitCallLog";
    public const string OpenTopic = "openTopic";
    public const string Done = "done";
}
