namespace HelpBot.Cards.Model;

/// <summary>Property names of the fixed part of a submit's <c>value</c>.</summary>
public static class SubmitKeys
{
    public const string PromptId = "promptId";
    public const string Action = "action";
    public const string Command = "command";
    public const string Choice = "choice";
}
