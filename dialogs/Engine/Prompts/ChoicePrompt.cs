using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using HelpBot.Dialogs.Engine.Serialization;
using HelpBot.Protocol.Models;

namespace HelpBot.Dialogs.Engine.Prompts;

/// <summary>
/// Asks the user to pick one of <see cref="ChoicePromptOptions.Choices"/>. The question is a text
/// message that lists the options as numbered lines (so it works by typing and with screen
/// readers) plus imBack suggested actions (so it works by click). Recognition is described in
/// <see cref="ChoiceRecognizer"/>. An unsure answer gets <see cref="ChoicePromptOptions.UnsureReply"/>
/// when it is set. The result is a <see cref="FoundChoice"/> as JSON; read it with
/// <c>step.GetResult(DialogJsonContext.Default.FoundChoice)</c>.
/// </summary>
public class ChoicePrompt : Prompt<FoundChoice, ChoicePromptOptions>
{
    public ChoicePrompt(string id, PromptValidator<FoundChoice>? validator = null)
        : base(id, validator)
    {
    }

    /// <exception cref="ArgumentException">The options have no choices.</exception>
    protected override void CheckOptions(ChoicePromptOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (options.Choices.Count == 0)
        {
            throw new ArgumentException($"Choice prompt '{Id}' needs ChoicePromptOptions with at least one choice.", nameof(options));
        }
    }

    protected override Task<PromptRecognizerResult<FoundChoice>> OnRecognizeAsync(DialogContext dc, DialogInstance instance, ChoicePromptOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dc);
        ArgumentNullException.ThrowIfNull(options);
        return Task.FromResult(IsUnsureAnswer(dc.Turn.Activity, options)
            ? PromptRecognition.Failure<FoundChoice>(options.UnsureReply!)
            : ChoiceRecognizer.Recognize(dc.Turn.Activity, options.Choices, dc.Options.Messages));
    }

    /// <summary>
    /// Returns whether the activity is a typed answer that means the user is not sure, at a question whose
    /// <see cref="ChoicePromptOptions.UnsureReply"/> is set. It is checked before the choices, because
    /// "not sure" contains "not", a usual synonym of No.
    /// </summary>
    public static bool IsUnsureAnswer(Activity activity, ChoicePromptOptions options)
    {
        ArgumentNullException.ThrowIfNull(activity);
        ArgumentNullException.ThrowIfNull(options);
        return options.UnsureReply is not null && activity.Value is null && UnsureWords.Matches(Commands.TextNormalizer.Normalize(activity.Text));
    }

    protected override JsonNode? ToResult(FoundChoice value) =>
        JsonSerializer.SerializeToNode(value, DialogJsonContext.Default.FoundChoice);

    protected override Activity DecoratePrompt(Activity activity, DialogInstance instance, ChoicePromptOptions options)
    {
        ArgumentNullException.ThrowIfNull(activity);
        ArgumentNullException.ThrowIfNull(options);
        if (options.ShowNumberedList)
        {
            activity.Text = AppendList(activity.Text, options.Choices);
        }

        if (options.ShowButtons)
        {
            activity.SuggestedActions = new SuggestedActions
            {
                Actions = [.. options.Choices.Select(choice => new CardAction
                {
                    Type = ActionTypes.ImBack,
                    Title = choice.DisplayText,
                    Value = JsonSerializer.SerializeToElement(choice.DisplayText, DialogJsonContext.Default.String),
                })],
            };
        }

        return activity;
    }

    private static string AppendList(string? text, List<Choice> choices)
    {
        var builder = new StringBuilder(text);
        for (var i = 0; i < choices.Count; i++)
        {
            builder.Append(builder.Length > 0 ? "\n" : "").Append(i + 1).Append(". ").Append(choices[i].DisplayText);
        }

        return builder.ToString();
    }
}
