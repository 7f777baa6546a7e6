namespace HelpBot.Cards.Model;

/// <summary>Values of <see cref="SubmitData.Command"/>; each also works typed as a word.</summary>
public static class NavigationCommands
{
    public const string Back = "back";
    public const string Help = "help";
    public const string Cancel = "cancel";
    public const string StartOver = "startOver";
}
