using HelpBot.Dialogs.Conversation.Dialogs;
using HelpBot.Dialogs.Conversation.State;
using HelpBot.Dialogs.Engine;
using HelpBot.Dialogs.Engine.Commands;
using HelpBot.Dialogs.Engine.Prompts;

namespace HelpBot.Dialogs.Conversation.Prompts;

/// <summary>
/// A choice prompt for the first-time questions. Web chat shows the first question as soon as the
/// page opens, so a user's first message is often the problem itself: a text that is no choice and
/// has at least <see cref="MenuPrompt.MinDescriptionWords"/> words is kept as the report's description,
/// the user is told so, and the question is asked again. The report starts with the kept text once
/// the first-time questions are answered. A short unsure answer ("I don't know") is no description: it gets
/// the question's <see cref="ChoicePromptOptions.UnsureReply"/>.
/// </summary>
public sealed class OnboardingPrompt() : ChoicePrompt(DialogIds.OnboardingPrompt)
{
    /// <summary>The retry message after a description was kept.</summary>
    public const string DescriptionKeptMessage =
        "Thanks, I've kept your description of the problem and will come back to it right after this question.";

    /// <summary>The retry message after more text was added to a description already kept.</summary>
    public const string DescriptionAddedMessage =
        "Thanks, I've added that to your description of the problem and will come back to it right after this question.";

    protected override async Task<PromptRecognizerResult<FoundChoice>> OnRecognizeAsync(DialogContext dc, DialogInstance instance, ChoicePromptOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dc);
        var result = await base.OnRecognizeAsync(dc, instance, options, cancellationToken);
        var activity = dc.Turn.Activity;
        if (activity.Value is not null || IsShortUnsureAnswer(activity, options) || !IsDescription(activity.Text)
            || (result.Succeeded && !IsLongTextWithoutLeadingChoice(activity.Text, options.Choices)))
        {
            return result;
        }

        var added = dc.Turn.AddPendingDescription(activity.Text!.Trim());
        return PromptRecognition.Failure<FoundChoice>(added ? DescriptionAddedMessage : DescriptionKeptMessage);
    }

    // A text of LongTextWords words or more is a description even when it contains a choice word, such as
    // "not" (a synonym of No) in "Not sure if this is a Connect for Health problem or a PEAK problem". Only a
    // text whose first word is a choice word ("Yes, I work in CBMS as a county eligibility technician") is the choice.
    private const int LongTextWords = 8;

    // "I don't know" is an answer, while a long text that starts the same way ("Not sure if this is a Connect
    // for Health problem or a PEAK problem") is a description.
    private static bool IsShortUnsureAnswer(Protocol.Models.Activity activity, ChoicePromptOptions options) =>
        IsUnsureAnswer(activity, options) && TextNormalizer.Normalize(activity.Text).Split(' ').Length < LongTextWords;

    private static bool IsLongTextWithoutLeadingChoice(string? text, IReadOnlyList<Choice> choices)
    {
        var words = TextNormalizer.Normalize(text).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length < LongTextWords)
        {
            return false;
        }

        return !choices.Any(choice => LeadingTerms(choice).Contains(words[0]));
    }

    // The value, title and synonyms of a choice, which may begin the user's reply, without "not", which also
    // begins "not sure".
    private static IEnumerable<string> LeadingTerms(Choice choice) =>
        new[] { choice.Value, choice.Title ?? string.Empty }.Concat(choice.Synonyms)
            .Select(TextNormalizer.Normalize)
            .Where(term => term.Length > 0 && term != "not");

    private static bool IsDescription(string? text)
    {
        var normalized = TextNormalizer.Normalize(text);
        return MenuPrompt.Recognize(normalized) is null
            && normalized.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length >= MenuPrompt.MinDescriptionWords;
    }
}
