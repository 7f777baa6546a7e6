namespace HelpBot.Dialogs.Engine.Commands;

/// <summary>Names of the global commands the engine handles itself; apps may add their own names.</summary>
public static class DialogCommands
{
    /// <summary>Shows the active question's help text and asks it again.</summary>
    public const string Help = "help";

    /// <summary>Ends every dialog.</summary>
    public const string Cancel = "cancel";

    /// <summary>Ends every dialog, lets the app clear its data and starts the root dialog again.</summary>
    public const string StartOver = "startOver";

    /// <summary>Asks the previous question again.</summary>
    public const string Back = "back";
}
