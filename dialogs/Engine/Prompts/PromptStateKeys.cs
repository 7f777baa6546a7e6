namespace HelpBot.Dialogs.Engine.Prompts;

/// <summary>Keys of a prompt's <see cref="DialogInstance.State"/>.</summary>
internal static class PromptStateKeys
{
    public const string Options = "options";
    public const string PromptId = DialogInstanceExtensions.PromptIdStateKey;
    public const string Attempts = "attempts";

    /// <summary>Prompt-specific data kept between attempts, such as the valid fields of a form.</summary>
    public const string Data = "data";
}
