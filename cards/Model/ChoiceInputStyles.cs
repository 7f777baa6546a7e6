namespace HelpBot.Cards.Model;

/// <summary>Values of the Input.ChoiceSet <c>style</c> property.</summary>
public static class ChoiceInputStyles
{
    /// <summary>A drop-down list.</summary>
    public const string Compact = "compact";

    /// <summary>Radio buttons or check boxes, all visible.</summary>
    public const string Expanded = "expanded";
}
