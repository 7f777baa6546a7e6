namespace HelpBot.Dialogs.Conversation.Prompts;

/// <summary>Results of the <see cref="MenuPrompt"/>.</summary>
public static class MenuChoices
{
    public const string Report = "report";
    public const string Tickets = "tickets";
    public const string HelpTopics = "helpTopics";

    /// <summary>The user typed a problem description instead of picking; the text comes with it.</summary>
    public const string Describe = "describe";
}
