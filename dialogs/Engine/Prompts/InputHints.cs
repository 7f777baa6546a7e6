namespace HelpBot.Dialogs.Engine.Prompts;

/// <summary>Values of <c>Activity.InputHint</c>.</summary>
public static class InputHints
{
    public const string AcceptingInput = "acceptingInput";
    public const string ExpectingInput = "expectingInput";
    public const string IgnoringInput = "ignoringInput";
}
