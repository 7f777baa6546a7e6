namespace HelpBot.Dialogs.Engine;

/// <summary>
/// What the engine and its prompts say. Each text is configuration, so wording can change
/// without code; <c>{0}</c>-style holes are filled as each property describes.
/// </summary>
public sealed class DialogMessages
{
    /// <summary>Help when neither the question nor the app has any.</summary>
    public string GeneralHelp { get; set; } =
        "Answer the question above. You can also type 'back' for the previous question, 'start over' to begin again, or 'cancel' to stop.";

    /// <summary>Help like <see cref="GeneralHelp"/> at a question with nothing to go back to.</summary>
    public string GeneralHelpWithoutBack { get; set; } =
        "Answer the question above. You can also type 'start over' to begin again, or 'cancel' to stop.";

    /// <summary>Help like <see cref="GeneralHelp"/> where "cancel" would stop nothing (<see cref="DialogHooks.CanCancel"/>).</summary>
    public string GeneralHelpWithoutCancel { get; set; } =
        "Answer the question above. You can also type 'back' for the previous question, or 'start over' to begin again.";

    /// <summary>Help like <see cref="GeneralHelp"/> with neither a question to go back to nor anything to cancel.</summary>
    public string GeneralHelpWithoutBackOrCancel { get; set; } =
        "Answer the question above. You can also type 'start over' to begin again.";

    /// <summary>Sent after cancel.</summary>
    public string Cancelled { get; set; } = "Okay, I stopped. Type 'start over' or say hi whenever you want to begin again.";

    /// <summary>Sent before the root dialog starts again after start over.</summary>
    public string StartingOver { get; set; } = "Okay, let's start over.";

    /// <summary>Sent when "back" is typed at the first question.</summary>
    public string NothingToGoBackTo { get; set; } = "This is the first question, so there is nothing to go back to.";

    /// <summary>Sent for a submit from a card whose prompt is no longer active.</summary>
    public string StaleSubmit { get; set; } =
        "That form was already submitted or is out of date, so I didn't change anything. Here is the current question.";

    /// <summary>Sent for a stale submit when no question is active.</summary>
    public string StaleSubmitNoQuestion { get; set; } =
        "That form was already submitted or is out of date, so I didn't change anything.";

    /// <summary>Added to the retry message after repeated invalid answers.</summary>
    public string HelpHint { get; set; } = "If you're stuck, type 'help' for more about this question, 'back' to go to the previous one, or 'cancel' to stop.";

    /// <summary>Added like <see cref="HelpHint"/> at a question with nothing to go back to.</summary>
    public string HelpHintWithoutBack { get; set; } = "If you're stuck, type 'help' for more about this question, or 'cancel' to stop.";

    /// <summary>Added like <see cref="HelpHint"/> where "cancel" would stop nothing (<see cref="DialogHooks.CanCancel"/>).</summary>
    public string HelpHintWithoutCancel { get; set; } = "If you're stuck, type 'help' for more about this question, or 'back' to go to the previous one.";

    /// <summary>Added like <see cref="HelpHint"/> with neither a question to go back to nor anything to cancel.</summary>
    public string HelpHintWithoutBackOrCancel { get; set; } = "If you're stuck, type 'help' for more about this question.";

    /// <summary>Returns the general help that names only the commands that do something now.</summary>
    public string GeneralHelpFor(bool canGoBack, bool canCancel) => (canGoBack, canCancel) switch
    {
        (true, true) => GeneralHelp,
        (false, true) => GeneralHelpWithoutBack,
        (true, false) => GeneralHelpWithoutCancel,
        (false, false) => GeneralHelpWithoutBackOrCancel,
    };

    /// <summary>Returns the hint after repeated invalid answers that names only the commands that do something now.</summary>
    public string HelpHintFor(bool canGoBack, bool canCancel) => (canGoBack, canCancel) switch
    {
        (true, true) => HelpHint,
        (false, true) => HelpHintWithoutBack,
        (true, false) => HelpHintWithoutCancel,
        (false, false) => HelpHintWithoutBackOrCancel,
    };

    /// <summary>Sent when a text answer is needed but the message had no text.</summary>
    public string TextMissing { get; set; } = "Please type your answer.";

    /// <summary>A text answer with too few letters and digits; {0} is the minimum count.</summary>
    public string TextTooShort { get; set; } = "That answer is too short. Please use at least {0} letters or digits.";

    /// <summary>A text answer longer than allowed; {0} is the maximum length, {1} the answer's length.</summary>
    public string TextTooLong { get; set; } = "That answer is too long ({1} characters). Please keep it to {0} characters or fewer.";

    /// <summary>No option matched; {0} is the numbered range, such as "1 to 3".</summary>
    public string ChoiceNotRecognized { get; set; } = "That isn't one of the options. Please pick one by typing its number ({0}) or its name, or press a button.";

    /// <summary>A typed number outside the options; {0} is the numbered range.</summary>
    public string ChoiceNumberOutOfRange { get; set; } = "There is no option with that number. Please type a number from {0}.";

    /// <summary>Partial text matched several options; {0} lists them.</summary>
    public string ChoiceAmbiguous { get; set; } = "That matches more than one option ({0}). Please type the number of the one you mean.";

    /// <summary>No yes or no recognized; {0} and {1} are the yes and no button titles.</summary>
    public string ConfirmNotRecognized { get; set; } = "Please answer {0} or {1}.";

    /// <summary>No date or time recognized.</summary>
    public string DateTimeNotRecognized { get; set; } =
        "I couldn't read that as a date or time. Try something like 8/22, 08/22/2026 3:15 pm, today 7:15am, or yesterday at 2pm.";

    /// <summary>A time later than now where the question needs a past time; {0} is the current time.</summary>
    public string DateTimeInFuture { get; set; } = "That time is in the future (it is now {0}). Please enter when it happened.";

    /// <summary>Confirms the date and time understood; {0} is the formatted value.</summary>
    public string DateTimeUnderstood { get; set; } = "Got it: {0}.";

    /// <summary>Opens the list of invalid form fields.</summary>
    public string FormInvalid { get; set; } = "Some answers need a fix:";

    /// <summary>Names the form values that were kept; {0} lists field labels.</summary>
    public string FormKept { get; set; } = "I kept what you already entered for: {0}.";

    /// <summary>A required form field is missing; {0} is the field label.</summary>
    public string FormFieldRequired { get; set; } = "{0} is required.";

    /// <summary>A typed "label: value" line names no field of the form; {0} is the label as typed, {1} lists the field labels.</summary>
    public string FormUnknownField { get; set; } = "'{0}' is not a field of this form. The fields are: {1}.";

    /// <summary>Typed text that is not in "field: value" lines; {0} lists the field labels.</summary>
    public string FormTypedFormat { get; set; } =
        "Please fill in the form and press its button, or type each answer on its own line as 'Field: value'. The fields are: {0}.";

    /// <summary>Help for a form question that has no help text; {0} lists the field labels.</summary>
    public string FormHelp { get; set; } =
        "Fill in the form and press its button. You can also type the answers, one per line, as 'Field: value'. The fields are: {0}.";
}
