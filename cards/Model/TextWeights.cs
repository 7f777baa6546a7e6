namespace HelpBot.Cards.Model;

/// <summary>Values of the TextBlock <c>weight</c> property.</summary>
public static class TextWeights
{
    public const string Lighter = "lighter";
    public const string Default = "default";
    public const string Bolder = "bolder";
}
