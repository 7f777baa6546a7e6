namespace HelpBot.Dialogs.Engine;

/// <summary>Where the dialog stack stands after a call into a dialog.</summary>
public enum DialogTurnStatus
{
    /// <summary>The stack was empty, so no dialog ran.</summary>
    Empty,

    /// <summary>The active dialog is waiting for the user's next activity.</summary>
    Waiting,

    /// <summary>The root dialog ended and the stack is now empty.</summary>
    Complete,

    /// <summary>Every dialog on the stack was cancelled.</summary>
    Cancelled,
}
