using System.Text.Json.Nodes;
using HelpBot.Dialogs.Conversation.Fields;
using HelpBot.Dialogs.Conversation.State;
using HelpBot.Dialogs.Conversation.Uploads;
using HelpBot.Dialogs.Engine;
using HelpBot.Domain.Reports;

namespace HelpBot.Dialogs.Conversation.Dialogs;

/// <summary>
/// Asks the report fields that are still needed, one question at a time, and writes each answer
/// into the report as soon as it is accepted. "Back" asks the previous field again with its answer
/// prefilled. When the list is done it checks <see cref="ReportRules.StillNeeded"/> again, because
/// an answer can make another field necessary (a phone as the operating system needs the device).
/// Options: <c>{"fields": ["description", ...]}</c>.
/// </summary>
public sealed class FieldsDialog(ConversationServices services) : Dialog(DialogIds.Fields)
{
    private const string FieldsKey = "fields";
    private const string IndexKey = "index";

    public override Task<DialogTurnResult> BeginDialogAsync(DialogContext dc, JsonNode? options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dc);
        var fields = options?[FieldsKey]?.AsArray().Select(n => n!.GetValue<string>()).ToList() ?? [];
        var state = dc.ActiveDialog!.State;
        state[FieldsKey] = new JsonArray([.. fields.Select(f => (JsonNode)JsonValue.Create(f))]);
        return AskAsync(dc, 0, cancellationToken);
    }

    public override async Task<DialogTurnResult> ResumeDialogAsync(DialogContext dc, JsonNode? result, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dc);
        var state = dc.ActiveDialog!.State;
        var index = state[IndexKey]!.GetValue<int>();
        var fields = ReadFields(state);
        if (result is JsonValue value && value.TryGetValue<string>(out var answer))
        {
            var field = fields[index];
            dc.Turn.UpdateReport(report =>
            {
                Store(field, answer, report, dc);
                report.PrivacyChecked = false;
                report.PlaceholderTexts.Remove(field);
            });
            Log.FieldAnswered(services.Logger, field);
        }

        return await AskAsync(dc, SkipAnswered(dc, index + 1), cancellationToken);
    }

    public override bool CanGoBack(DialogInstance instance)
    {
        ArgumentNullException.ThrowIfNull(instance);
        return instance.State[IndexKey]?.GetValue<int>() > 0;
    }

    public override Task<DialogTurnResult> GoBackAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dc);
        var index = dc.ActiveDialog!.State[IndexKey]!.GetValue<int>();
        return AskAsync(dc, index - 1, cancellationToken);
    }

    private async Task<DialogTurnResult> AskAsync(DialogContext dc, int index, CancellationToken cancellationToken)
    {
        var state = dc.ActiveDialog!.State;
        var fields = ReadFields(state);
        if (index >= fields.Count && !AddFieldsStillNeeded(dc, fields))
        {
            return await dc.EndDialogAsync(null, cancellationToken);
        }

        var field = fields[index];
        state[IndexKey] = index;
        dc.Turn.UpdateReport(report => report.FieldsAsked.Add(field));
        return await dc.BeginDialogAsync(DialogIds.Field(field), null, cancellationToken);
    }

    // A file uploaded at an earlier question answers the screenshot question, so moving on after an answer skips
    // it while it was never asked. Once asked, it stays in the list, so "back" can show it to add or remove files.
    private static int SkipAnswered(DialogContext dc, int index)
    {
        var fields = ReadFields(dc.ActiveDialog!.State);
        var report = dc.Turn.GetReport();
        while (index < fields.Count && fields[index] == ReportFields.Screenshot
            && !report.FieldsAsked.Contains(ReportFields.Screenshot) && ReportUploads.UploadedNames(report).Count > 0)
        {
            index++;
        }

        return index;
    }

    // Appends the fields the report needs now and this dialog has not asked; returns whether any were added.
    private static bool AddFieldsStillNeeded(DialogContext dc, List<string> fields)
    {
        var added = ReportRules.StillNeeded(dc.Turn.GetReport().Report).Where(f => !fields.Contains(f)).ToList();
        if (added.Count == 0)
        {
            return false;
        }

        fields.AddRange(added);
        dc.ActiveDialog!.State[FieldsKey] = new JsonArray([.. fields.Select(f => (JsonNode)JsonValue.Create(f))]);
        return true;
    }

    private static List<string> ReadFields(JsonObject state) =>
        state[FieldsKey]?.AsArray().Select(n => n!.GetValue<string>()).ToList() ?? [];

    // The steps-tried question shows the ticked tips and the typed steps, so its answer replaces both.
    // Tips the answer names ("tried all three") are ticked, so the draft lists them by title. With
    // placeholder text the question showed the typed steps only, so the answer replaces only those.
    private void Store(string field, string answer, ReportState state, DialogContext dc)
    {
        if (field == ReportFields.StepsTried && !state.PlaceholderTexts.ContainsKey(field))
        {
            StepsTriedAnswer.Store(state.Report, answer, services.Content.Tips);
            return;
        }

        if (field == ReportFields.Screenshot)
        {
            ScreenshotAnswers.Store(state, answer, services.GetTimeZone(dc.Turn));
            return;
        }

        ReportAnswers.Store(state.Report, field, answer, services.GetTimeZone(dc.Turn));
    }
}
