namespace HelpBot.Cards.Model;

/// <summary>Values of the action <c>style</c> property.</summary>
public static class ActionStyles
{
    public const string Default = "default";
    public const string Positive = "positive";
    public const string Destructive = "destructive";
}
