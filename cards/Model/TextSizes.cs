namespace HelpBot.Cards.Model;

/// <summary>Values of the TextBlock <c>size</c> property.</summary>
public static class TextSizes
{
    public const string Small = "small";
    public const string Default = "default";
    public const string Medium = "medium";
    public const string Large = "large";
}
