namespace HelpBot.Cards.Model;

/// <summary>Values of the Container and Column <c>style</c> property.</summary>
public static class ContainerStyles
{
    public const string Default = "default";
    public const string Emphasis = "emphasis";
    public const string Good = "good";
    public const string Attention = "attention";
    public const string Warning = "warning";
    public const string Accent = "accent";
}
