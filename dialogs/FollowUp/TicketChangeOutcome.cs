namespace HelpBot.Dialogs.FollowUp;

/// <summary>Result codes of <see cref="IFollowUpService"/>'s ticket changes.</summary>
public enum TicketChangeOutcome
{
    /// <summary>The change was saved.</summary>
    Changed,

    /// <summary>No ticket has that id.</summary>
    NotFound,

    /// <summary>The actor may not make this change (not the owner, not a supervisor).</summary>
    NotAllowed,

    /// <summary>The value given is not valid (an incident number of the wrong form, an unknown status).</summary>
    Invalid,

    /// <summary>
    /// The ticket is resolved or closed, which the change cannot follow: a closed ticket cannot become
    /// resolved or urgent, nor a resolved one closed or urgent. Recording an open status reopens it instead.
    /// </summary>
    Finished,

    /// <summary>The ticket is already in the requested state (resolved twice, acknowledged twice).</summary>
    Unchanged,
}
