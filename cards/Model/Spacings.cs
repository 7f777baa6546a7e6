namespace HelpBot.Cards.Model;

/// <summary>Values of the <c>spacing</c> property.</summary>
public static class Spacings
{
    public const string None = "none";
    public const string Small = "small";
    public const string Default = "default";
    public const string Medium = "medium";
    public const string Large = "large";
}
