namespace HelpBot.Dialogs.Engine.Prompts;

/// <summary>The words every <see cref="ConfirmPrompt"/> accepts, before any per-question synonyms.</summary>
internal static class ConfirmWords
{
    /// <summary>Whole answers that mean yes.</summary>
    public static readonly string[] Yes =
    [
        "yes", "y", "yeah", "yea", "yep", "yup", "sure", "ok", "okay", "correct", "right", "true",
        "affirmative", "of course", "yes please", "it did", "it does", "that worked", "that fixed it",
    ];

    /// <summary>Whole answers that mean no.</summary>
    public static readonly string[] No =
    [
        "no", "n", "nope", "nah", "no thanks", "no thank you", "false", "negative", "not really",
        "not yet", "it didnt", "it did not", "still broken", "that didnt work", "that did not work",
    ];

    /// <summary>First words that settle the answer when the rest of the message is an explanation, as in "no, it still fails".</summary>
    public static readonly string[] LeadingYes = ["yes", "yeah", "yep", "yup"];

    public static readonly string[] LeadingNo = ["no", "nope", "nah"];
}
