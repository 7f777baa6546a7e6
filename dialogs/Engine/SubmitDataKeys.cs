namespace HelpBot.Dialogs.Engine;

/// <summary>
/// Property names the engine reads in a card submit's <c>activity.value</c>. Card builders put
/// these in the <c>data</c> of <c>Action.Submit</c> actions.
/// </summary>
public static class SubmitDataKeys
{
    /// <summary>The id of the prompt the card belongs to; a submit whose id is not the active prompt's is rejected as out of date.</summary>
    public const string PromptId = "promptId";

    /// <summary>A global command such as <c>{"command":"back"}</c>; values are the names in <see cref="Commands.DialogCommands"/> or app command names.</summary>
    public const string Command = "command";

    /// <summary>The picked option of a choice prompt, such as <c>{"choice":"peak"}</c>.</summary>
    public const string Choice = "choice";

    /// <summary>The answer to a confirm prompt: <c>{"confirm":true}</c> or <c>{"confirm":"yes"}</c>.</summary>
    public const string Confirm = "confirm";
}
