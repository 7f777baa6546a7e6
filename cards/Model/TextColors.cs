namespace HelpBot.Cards.Model;

/// <summary>Values of the TextBlock <c>color</c> property.</summary>
public static class TextColors
{
    public const string Default = "default";
    public const string Accent = "accent";
    public const string Good = "good";
    public const string Warning = "warning";
    public const string Attention = "attention";
}
