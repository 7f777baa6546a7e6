namespace HelpBot.Cards.Model;

/// <summary>Values of the action <c>associatedInputs</c> property.</summary>
public static class AssociatedInputs
{
    /// <summary>Send (and validate) the card's inputs with the action.</summary>
    public const string Auto = "auto";

    /// <summary>Send no inputs and skip input validation, as navigation actions need.</summary>
    public const string None = "none";
}
