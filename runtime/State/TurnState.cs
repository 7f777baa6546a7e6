namespace HelpBot.Runtime.State;

/// <summary>The two state documents of a turn.</summary>
public sealed class TurnState
{
    public TurnState()
        : this(new StateScope("conversation"), new StateScope("user"))
    {
    }

    public TurnState(StateScope conversation, StateScope user)
    {
        Conversation = conversation;
        User = user;
    }

    /// <summary>State shared by everyone in the conversation: the dialog stack and the report in progress.</summary>
    public StateScope Conversation { get; }

    /// <summary>State that follows the user across conversations on the same channel: role and preferences.</summary>
    public StateScope User { get; }
}
