namespace HelpBot.Dialogs.Conversation.Privacy;

/// <summary>
/// What the user answered to the PII review: a card action name (remove all, keep all, apply the
/// choices, or rewrite <paramref name="Field"/>) and the per-finding choices.
/// </summary>
public sealed record ReviewAnswer(string Action, string? Field, List<ReviewChoice> Choices);
