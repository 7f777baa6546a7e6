using System.Text.Json.Nodes;
using HelpBot.Cards.Builders.Tickets;
using HelpBot.Cards.Model;
using HelpBot.Cards.Serialization;
using HelpBot.Dialogs.Conversation.Dialogs;
using HelpBot.Dialogs.Conversation.Markers;
using HelpBot.Dialogs.Conversation.Replies;
using HelpBot.Dialogs.Engine;
using HelpBot.Dialogs.Engine.Prompts;
using HelpBot.Domain.Systems;
using HelpBot.Runtime.Turns;

namespace HelpBot.Dialogs.Conversation.Prompts;

/// <summary>
/// Logs the call to the Service Center: date and time, the representative's name, the ticket
/// incident number and the promised time frame. Typed answers are "Label: value" lines, or "not yet"
/// when the user has not called. Result: the <see cref="CallLogFields"/> keys, or <c>{"skipped": true}</c>.
/// </summary>
public sealed class CallLogPrompt(ConversationServices services) : Prompt<JsonObject, PromptOptions>(DialogIds.CallLogPrompt)
{
    public const string SaveAction = "save";
    public const string SkipAction = "skip";

    private const string TypedFormat =
        "When you have called, log the call here so I can keep the ticket. Type one line each:\n" +
        "When: (date and time of the call)\nIncident: (the ticket incident number)\nTime frame: (when they promised an update, such as 3 business days)\n" +
        "Representative: (first name, for your notes only; I don't store it)\n\nOr type 'not yet' if you haven't called.";

    protected override Task OnPromptAsync(DialogContext dc, DialogInstance instance, PromptOptions options, bool isRetry, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dc);
        var promptId = instance.GetPromptId() ?? "";
        var entered = isRetry ? GetRejectedAnswer<Dictionary<string, string>>(dc, instance) : null;
        var incidentNumber = entered?.GetValueOrDefault(CallLogFields.IncidentNumber);
        var card = new AdaptiveCard()
            .WithBody(
                TextBlock.Heading("Log the call"),
                new TextInput(CallLogFields.CalledAt, "Date and time of the call") { Placeholder = "today 2:30 pm", Value = entered?.GetValueOrDefault(CallLogFields.CalledAt) },
                // A longer number shown for correction gets no maxLength, because a client may cut it to the limit.
                new TextInput(CallLogFields.IncidentNumber, "Ticket incident number")
                {
                    MaxLength = incidentNumber?.Length > TicketUpdateCard.MaxIncidentNumberLength ? null : TicketUpdateCard.MaxIncidentNumberLength,
                    Value = incidentNumber,
                },
                new TextInput(CallLogFields.TimeFrame, "Promised time frame for an update") { Placeholder = "3 business days", Value = entered?.GetValueOrDefault(CallLogFields.TimeFrame) },
                new TextInput(CallLogFields.Representative, "Representative's first name (for your notes, not stored)")
                {
                    MaxLength = 60,
                    Value = entered?.GetValueOrDefault(CallLogFields.Representative),
                })
            .WithActions(
                new SubmitAction("Save the call", new SubmitData { PromptId = promptId, Action = SaveAction }),
                new SubmitAction("I haven't called yet", new SubmitData { PromptId = promptId, Action = SkipAction }) { AssociatedInputs = AssociatedInputs.None })
            .WithFallbackText(TypedFormat);
        var activity = Reply.Card(AdaptiveCardAttachment.ToJsonElement(card), TypedFormat)
            .WithMarker(Reply.Marker(dc.Turn, prompt: ConversationPrompts.LogCall));
        return dc.Turn.SendActivityAsync(activity, cancellationToken);
    }

    protected override string? GetDefaultHelpText(PromptOptions options) =>
        "After the call, note when you called, the incident number the representative gave you, and when they promised an update. " +
        "I keep those on your ticket (never names) and remind you of the escalation steps if no update comes.";

    protected override Task<PromptRecognizerResult<JsonObject>> OnRecognizeAsync(DialogContext dc, DialogInstance instance, PromptOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dc);
        var activity = dc.Turn.Activity;
        var action = TypedAnswers.ReadAction(activity);
        if (action == SkipAction || (action is null && TypedAnswers.Matches(TypedAnswers.Normalize(activity), "not yet", "skip", "later", "i havent called yet", "havent called")))
        {
            return Task.FromResult(PromptRecognition.Success(new JsonObject { [CallLogFields.Skipped] = true }));
        }

        var values = action is null
            ? CallDetailsReader.ParseLines(activity.Text)
            : CallDetailsReader.ReadCard(activity, CallLogFields.CalledAt, CallLogFields.IncidentNumber, CallLogFields.TimeFrame, CallLogFields.Representative);
        if (values.TryGetValue(CallLogFields.Representative, out var representative))
        {
            // The name is promised not to be kept, so the channel's stored copy of the message loses it too.
            dc.Turn.AddTranscriptName(representative);
        }

        var result = Validate(dc, values);
        if (!result.Succeeded)
        {
            SetRejectedAnswer(dc, instance, CallDetailsReader.ShownAgain(
                values, dc.Turn.GetTranscriptPasswords(), services.PiiAnalyzer, SupportSystems.ConnectForHealth));
        }

        return Task.FromResult(result);
    }

    protected override JsonNode? ToResult(JsonObject value) => value;

    // Checks every field and names every problem in one message, so a card with several mistakes takes one round.
    private PromptRecognizerResult<JsonObject> Validate(DialogContext dc, Dictionary<string, string> values)
    {
        var problems = new List<string>();
        var result = new JsonObject();
        var calledAt = ReadCallTime(dc, values, problems);
        if (calledAt is not null)
        {
            result[CallLogFields.CalledAt] = calledAt;
        }

        if (values.TryGetValue(CallLogFields.TimeFrame, out var timeFrameText) && !CallDetailsReader.IsNoTimeFrame(timeFrameText))
        {
            if (CallDetailsReader.ReadTimeFrame(timeFrameText, problems) is { } timeFrame)
            {
                result[CallLogFields.TimeFrameAmount] = timeFrame.Amount;
                result[CallLogFields.TimeFrameUnit] = timeFrame.Unit;
            }
        }

        if (values.TryGetValue(CallLogFields.IncidentNumber, out var incidentNumber))
        {
            CallDetailsReader.CheckIncidentNumber(dc.Turn, incidentNumber, services.PiiAnalyzer, SupportSystems.ConnectForHealth, problems);
        }

        if (problems.Count > 0)
        {
            return PromptRecognition.Failure<JsonObject>(string.Join("\n\n", problems));
        }

        CopyIfPresent(values, result, CallLogFields.IncidentNumber);
        CopyIfPresent(values, result, CallLogFields.Representative);
        return PromptRecognition.Success(result);
    }

    // Returns the call's date and time as ISO 8601 with its offset, or null after adding the problem.
    private string? ReadCallTime(DialogContext dc, Dictionary<string, string> values, List<string> problems)
    {
        if (!values.TryGetValue(CallLogFields.CalledAt, out var calledAtText))
        {
            problems.Add("Please give the date and time of the call (for example 'When: today 2:30 pm'), or type 'not yet'.");
            return null;
        }

        return CallDetailsReader.ReadCallTime(calledAtText, services.CreateExtractionContext(dc.Turn), problems);
    }

    private static void CopyIfPresent(Dictionary<string, string> values, JsonObject result, string key)
    {
        if (values.TryGetValue(key, out var value))
        {
            result[key] = value;
        }
    }
}
