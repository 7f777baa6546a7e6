namespace HelpBot.Dialogs.Engine.Prompts;

/// <summary>Creates the unique ids that tie a card's submit to the prompt that sent the card.</summary>
public static class PromptIds
{
    /// <summary>Returns a new random id of 16 lowercase hex characters.</summary>
    public static string Create() => Guid.NewGuid().ToString("N")[..16];
}
