using System.Globalization;
using System.Text.Json.Nodes;
using HelpBot.Cards.Builders.Tickets;
using HelpBot.Cards.Model;
using HelpBot.Cards.Serialization;
using HelpBot.Dialogs.Conversation.Dialogs;
using HelpBot.Dialogs.Conversation.Markers;
using HelpBot.Dialogs.Conversation.Privacy;
using HelpBot.Dialogs.Conversation.Replies;
using HelpBot.Dialogs.Engine;
using HelpBot.Dialogs.Engine.Commands;
using HelpBot.Dialogs.Engine.Prompts;
using HelpBot.Dialogs.FollowUp;
using HelpBot.Domain.Reports;
using HelpBot.Domain.Systems;
using HelpBot.Protocol.Models;
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

        var values = action is null ? ParseLines(activity.Text) : ReadCard(activity);
        if (values.TryGetValue(CallLogFields.Representative, out var representative))
        {
            // The name is promised not to be kept, so the channel's stored copy of the message loses it too.
            dc.Turn.AddTranscriptName(representative);
        }

        var result = Validate(dc, values);
        if (!result.Succeeded)
        {
            SetRejectedAnswer(dc, instance, ShownAgain(dc.Turn, values));
        }

        return Task.FromResult(result);
    }

    // Returns every value of a rejected submission for the retry's card, so nothing typed is lost, except values
    // with personal data or a password. The representative's name is expected in its box, so only other
    // personal data there keeps it out. The values live in the turn only (SetRejectedAnswer), and the channel's
    // stored copies of the turn lose the name (AddTranscriptName in OnRecognizeAsync).
    private Dictionary<string, string> ShownAgain(ITurnContext turn, Dictionary<string, string> values)
    {
        var entered = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var key in new[] { CallLogFields.CalledAt, CallLogFields.TimeFrame, CallLogFields.IncidentNumber, CallLogFields.Representative })
        {
            if (values.TryGetValue(key, out var value) && value.Length <= FieldRules.MaxAnswerLength
                && !value.Contains(TypedPasswords.Placeholder, StringComparison.Ordinal)
                && !turn.GetTranscriptPasswords().Any(password => value.Contains(password, StringComparison.Ordinal))
                && !HoldsPersonalData(key, value))
            {
                entered[key] = value;
            }
        }

        return entered;
    }

    private bool HoldsPersonalData(string key, string value) =>
        services.PiiAnalyzer.Analyze(value).Any(finding => finding.Tier == HelpBot.Privacy.PiiTier.Identifier
            && !(key == CallLogFields.Representative && finding.Category == HelpBot.Privacy.PiiCategories.Person))
        || (key == CallLogFields.IncidentNumber && IncidentNumberCheck.FindProblem(value, services.PiiAnalyzer, SupportSystems.ConnectForHealth) is { ShowAgain: false });

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

        if (values.TryGetValue(CallLogFields.TimeFrame, out var timeFrameText) && !IsNoTimeFrame(timeFrameText))
        {
            var start = calledAt is null ? services.CreateExtractionContext(dc.Turn).Now : DateTimeOffset.Parse(calledAt, CultureInfo.InvariantCulture);
            if (TimeFrameParser.Parse(timeFrameText, start) is { } timeFrame)
            {
                result[CallLogFields.TimeFrameMinutes] = (long)timeFrame.TotalMinutes;
            }
            else
            {
                problems.Add("I couldn't read the time frame. Use a number and a unit, such as '3 business days', '48 hours' or '2 weeks'.");
            }
        }

        if (values.TryGetValue(CallLogFields.IncidentNumber, out var incidentNumber)
            && IncidentNumberCheck.FindProblem(incidentNumber, services.PiiAnalyzer, SupportSystems.ConnectForHealth) is { } problem)
        {
            IncidentNumberCheck.RecordRejectedValue(dc.Turn, incidentNumber, problem);
            problems.Add(problem.Message);
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

        var calledAt = FieldRules.ValidateCallTime(calledAtText, services.CreateExtractionContext(dc.Turn));
        if (!calledAt.IsValid || calledAt.NormalizedValue is null)
        {
            problems.Add(calledAt.Message ?? "I couldn't read the date and time of the call.");
            return null;
        }

        // The promised update is counted from the call, in the user's time zone, so a date alone is not enough.
        if (!calledAt.NormalizedValue.Contains('T', StringComparison.Ordinal))
        {
            problems.Add("Please add the time of the call, such as \"today 2:30 pm\". The promised update is counted from it.");
            return null;
        }

        return calledAt.NormalizedValue;
    }

    private static void CopyIfPresent(Dictionary<string, string> values, JsonObject result, string key)
    {
        if (values.TryGetValue(key, out var value))
        {
            result[key] = value;
        }
    }

    // "none", "not given", "they didn't say": the representative promised no time frame, which is the same as
    // leaving the line out.
    private static bool IsNoTimeFrame(string text) =>
        NoTimeFrameAnswers.Contains(Engine.Commands.TextNormalizer.Normalize(text));

    private static readonly HashSet<string> NoTimeFrameAnswers =
    [
        "none", "no", "n a", "na", "not given", "none given", "no time frame", "no timeframe", "not sure", "unknown", "dont know",
        "they didnt say", "didnt say", "not said", "no update time", "nothing",
    ];

    private static Dictionary<string, string> ReadCard(Activity activity)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var key in new[] { CallLogFields.CalledAt, CallLogFields.IncidentNumber, CallLogFields.TimeFrame, CallLogFields.Representative })
        {
            if (TypedAnswers.ReadValueString(activity, key)?.Trim() is { Length: > 0 } value)
            {
                values[key] = value;
            }
        }

        return values;
    }

    private static Dictionary<string, string> ParseLines(string? text)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var line in (text ?? "").Split(['\n', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var colon = line.IndexOf(':', StringComparison.Ordinal);
            if (colon <= 0 || colon == line.Length - 1)
            {
                continue;
            }

            var key = KeyFor(TextNormalizer.Normalize(line[..colon]));
            if (key is not null)
            {
                values[key] = line[(colon + 1)..].Trim();
            }
        }

        return values;
    }

    private static string? KeyFor(string label) => label switch
    {
        "when" or "date" or "time" or "date and time" or "called" or "called at" or "call" => CallLogFields.CalledAt,
        "incident" or "incident number" or "ticket" or "ticket number" or "ticket incident number" or "number" => CallLogFields.IncidentNumber,
        "time frame" or "timeframe" or "update" or "promised" or "promised time frame" or "update by" => CallLogFields.TimeFrame,
        "representative" or "rep" or "name" or "agent" => CallLogFields.Representative,
        _ => null,
    };
}
