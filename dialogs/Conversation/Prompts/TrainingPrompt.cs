using HelpBot.Dialogs.Conversation.Dialogs;
using HelpBot.Dialogs.Engine;
using HelpBot.Dialogs.Engine.Commands;
using HelpBot.Dialogs.Engine.Prompts;
using HelpBot.Domain.Reports;
using HelpBot.Protocol.Models;

namespace HelpBot.Dialogs.Conversation.Prompts;

/// <summary>
/// The question after a training answer: "That answered it" or "Report it anyway". A typed answer
/// is also read for a status with <see cref="TipsAnswerReader.ReadStatus"/>, so "fixed it after
/// clearing the cache" returns <see cref="FixedChoice"/> and "still not working after clearing the
/// cache" returns <see cref="ReportAnywayChoice"/>. A button's number or words typed alone pick that
/// button; otherwise the status wins over a choice word in the answer, because "not solved" contains
/// the synonym "solved".
/// </summary>
public sealed class TrainingPrompt() : ChoicePrompt(DialogIds.TrainingPrompt)
{
    /// <summary>Value of the "That answered it" button.</summary>
    public const string AnsweredChoice = "answered";

    /// <summary>Value of the "Report it anyway" button, which goes on to the troubleshooting tips.</summary>
    public const string ReportAnywayChoice = "reportAnyway";

    /// <summary>
    /// Value for a typed answer that reports the problem fixed. No button has it, so its index is that of
    /// "That answered it", which also closes the report.
    /// </summary>
    public const string FixedChoice = "fixed";

    /// <summary>Returns the question's options: the two buttons, the words that pick them and the reply to an unsure answer.</summary>
    public static ChoicePromptOptions Options(Activity question)
    {
        var options = ChoiceOptions.Of(question,
            "If the guidance solved it, pick 'That answered it'. If PEAK still does not work as it should, pick 'Report it anyway'. " +
            "You can also type 'fixed' or 'still broken'.",
            new Choice(AnsweredChoice, "That answered it", "answered", "yes", "thanks", "solved"),
            new Choice(ReportAnywayChoice, "Report it anyway", "report", "no", "still broken", "report anyway"));
        options.UnsureReply = "To find out, follow the guidance and try once more. If that works, pick 'That answered it'. " +
            "If the problem is still there, pick 'Report it anyway' and I'll help you report it.";
        return options;
    }

    protected override async Task<PromptRecognizerResult<FoundChoice>> OnRecognizeAsync(DialogContext dc, DialogInstance instance, ChoicePromptOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dc);
        ArgumentNullException.ThrowIfNull(options);
        var result = await base.OnRecognizeAsync(dc, instance, options, cancellationToken);
        var activity = dc.Turn.Activity;
        if (activity.Value is not null || string.IsNullOrWhiteSpace(activity.Text) || IsUnsureAnswer(activity, options) || IsWholeChoice(TextNormalizer.Normalize(activity.Text), options))
        {
            return result;
        }

        return TipsAnswerReader.ReadStatus(activity.Text) switch
        {
            true => Found(options, FixedChoice, AnsweredChoice),
            false => Found(options, ReportAnywayChoice, ReportAnywayChoice),
            null => result,
        };
    }

    // A button's number, value, title or synonym typed alone ("2", "yes", "solved") picks that button.
    private static bool IsWholeChoice(string normalized, ChoicePromptOptions options)
    {
        if (normalized.Length > 0 && normalized.All(char.IsDigit))
        {
            return true;
        }

        var terms = options.Choices.SelectMany(choice => choice.Synonyms.Append(choice.Value).Append(choice.Title ?? ""));
        return terms.Any(term => TextNormalizer.Normalize(term) == normalized);
    }

    private static PromptRecognizerResult<FoundChoice> Found(ChoicePromptOptions options, string value, string buttonValue) =>
        PromptRecognition.Success(new FoundChoice { Value = value, Index = options.Choices.FindIndex(choice => choice.Value == buttonValue) });
}
