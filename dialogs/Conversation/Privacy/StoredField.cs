namespace HelpBot.Dialogs.Conversation.Privacy;

/// <summary>The findings of one report field, with the length of the text they index into.</summary>
public sealed record StoredField(string Field, int TextLength, List<StoredFinding> Findings);
