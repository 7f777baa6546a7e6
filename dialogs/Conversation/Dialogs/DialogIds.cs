namespace HelpBot.Dialogs.Conversation.Dialogs;

/// <summary>Ids of HelpBot's dialogs and prompts in the dialog set; they are persisted on the stack, so keep them stable.</summary>
public static class DialogIds
{
    public const string Main = "helpbot.main";
    public const string Onboarding = "helpbot.onboarding";
    public const string Report = "helpbot.report";
    public const string System = "helpbot.system";
    public const string Peak = "helpbot.peak";
    public const string Connect = "helpbot.connect";
    public const string Fields = "helpbot.fields";
    public const string PrivacyReview = "helpbot.privacyReview";

    public const string TextPrompt = "helpbot.prompt.text";
    public const string ChoicePrompt = "helpbot.prompt.choice";
    public const string OnboardingPrompt = "helpbot.prompt.onboarding";
    public const string ConfirmPrompt = "helpbot.prompt.confirm";
    public const string DateTimePrompt = "helpbot.prompt.dateTime";
    public const string MenuPrompt = "helpbot.prompt.menu";
    public const string TipsPrompt = "helpbot.prompt.tips";
    public const string TrainingPrompt = "helpbot.prompt.training";
    public const string PageAddressPrompt = "helpbot.prompt.pageAddress";
    public const string PrivacyReviewPrompt = "helpbot.prompt.privacyReview";
    public const string CallLogPrompt = "helpbot.prompt.callLog";
    public const string ResumeOfferPrompt = "helpbot.prompt.resumeOffer";

    /// <summary>Returns the id of the prompt that asks report field <paramref name="field"/>.</summary>
    public static string Field(string field) => $"helpbot.field.{field}";
}
