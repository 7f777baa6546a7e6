namespace HelpBot.Dialogs.Conversation.Fields;

/// <summary>How HelpBot asks for one report field.</summary>
/// <param name="Field">A <c>ReportFields</c> id; also the id of the card's input.</param>
/// <param name="Label">Short name of the field, such as "Date and time".</param>
/// <param name="Question">The question.</param>
/// <param name="HelpText">Why the help desk needs it and how to answer, sent on "help".</param>
/// <param name="TypedHint">How to answer by typing, shown under the question.</param>
/// <param name="IsMultiline">Whether the card's input is a multi-line text box.</param>
public sealed record FieldQuestion(
    string Field,
    string Label,
    string Question,
    string HelpText,
    string TypedHint,
    bool IsMultiline);
