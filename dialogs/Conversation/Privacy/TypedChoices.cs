namespace HelpBot.Dialogs.Conversation.Privacy;

/// <summary>
/// The per-finding commands in a typed answer, and the positions of the parts that are not commands.
/// The positions stand in for those parts, so a reply need not repeat text that may contain personal information.
/// </summary>
public sealed record TypedChoices(List<ReviewChoice> Choices, List<TextPosition> NotUnderstood);

/// <summary>
/// A part of a typed answer: its line from 1, counting blank lines, and its part from 1 when semicolons split
/// that line into several parts (null when the line is one part). <paramref name="IsVerbOnly"/> is true when
/// the part is "remove" or "keep" without a number, which applies to every finding only as the whole answer.
/// </summary>
public sealed record TextPosition(int Line, int? Part = null, bool IsVerbOnly = false);
