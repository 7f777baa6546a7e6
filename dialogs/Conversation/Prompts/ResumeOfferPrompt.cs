using HelpBot.Dialogs.Conversation.Dialogs;
using HelpBot.Dialogs.Conversation.Replies;
using HelpBot.Dialogs.Conversation.State;
using HelpBot.Dialogs.Engine;
using HelpBot.Dialogs.Engine.Prompts;

namespace HelpBot.Dialogs.Conversation.Prompts;

/// <summary>
/// Asks whether to continue a report left unfinished in another conversation. A problem description typed
/// in place of a choice is kept for the report after the user's choice. The offer is then asked again with a
/// note that says so, so nothing typed is lost.
/// </summary>
public sealed class ResumeOfferPrompt() : ChoicePrompt(DialogIds.ResumeOfferPrompt)
{
    // Minimum number of words in typed text that is read as a problem description rather than a wrong choice.
    private const int MinDescriptionWords = 4;

    protected override async Task<PromptRecognizerResult<FoundChoice>> OnRecognizeAsync(
        DialogContext dc, DialogInstance instance, ChoicePromptOptions options, CancellationToken cancellationToken)
    {
        var recognized = await base.OnRecognizeAsync(dc, instance, options, cancellationToken);
        var activity = dc.Turn.Activity;
        if (recognized.Succeeded || activity.Value is not null || !IsDescription(activity.Text))
        {
            return recognized;
        }

        dc.Turn.AddPendingDescription(activity.Text!.Trim());
        return PromptRecognition.Failure<FoundChoice>(ResumeMessages.DescriptionKept);
    }

    private static bool IsDescription(string? text) =>
        text is not null && text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length >= MinDescriptionWords;
}
