namespace HelpBot.Dialogs.Engine;

/// <summary>Why a dialog step runs or why a dialog ends.</summary>
public enum DialogReason
{
    /// <summary>The dialog was just started.</summary>
    BeginCalled,

    /// <summary>The user sent an activity to the active dialog.</summary>
    ContinueCalled,

    /// <summary>A child dialog ended and returned its result.</summary>
    EndCalled,

    /// <summary>The dialog was replaced by another one.</summary>
    ReplaceCalled,

    /// <summary>The dialog was cancelled (cancel, start over, or going back past it).</summary>
    CancelCalled,

    /// <summary>A waterfall step skipped ahead with <c>NextAsync</c>.</summary>
    NextCalled,

    /// <summary>The user went back one question, so an earlier step runs again.</summary>
    BackCalled,
}
