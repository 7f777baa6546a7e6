using HelpBot.Privacy;

namespace HelpBot.Dialogs.Conversation.Privacy;

/// <summary>The user's choice for the finding numbered <paramref name="Index"/> (from 0) in the review.</summary>
public sealed record ReviewChoice(int Index, RedactionDecision Decision, string? Replacement = null)
{
    /// <summary>Returns the choice for the redactor.</summary>
    public RedactionChoice ToChoice() => new(Decision, Replacement);
}
