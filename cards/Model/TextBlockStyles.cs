namespace HelpBot.Cards.Model;

/// <summary>Values of the TextBlock <c>style</c> property (Adaptive Cards 1.5).</summary>
public static class TextBlockStyles
{
    public const string Default = "default";

    /// <summary>A heading, which screen readers announce as one.</summary>
    public const string Heading = "heading";
}
