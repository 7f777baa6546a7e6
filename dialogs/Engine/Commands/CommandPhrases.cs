namespace HelpBot.Dialogs.Engine.Commands;

/// <summary>The default phrases that trigger each built-in command when typed as the whole message.</summary>
public static class CommandPhrases
{
    /// <summary>Returns a new map from command name to its default phrases.</summary>
    public static Dictionary<string, List<string>> CreateDefaults() => new(StringComparer.Ordinal)
    {
        [DialogCommands.Help] = ["help", "?", "what do i do", "i need help"],
        [DialogCommands.Cancel] = ["cancel", "stop", "quit", "exit", "never mind", "nevermind"],
        [DialogCommands.StartOver] = ["start over", "restart", "start again", "reset"],
        [DialogCommands.Back] = ["back", "go back", "previous", "previous question", "undo"],
    };
}
