using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using HelpBot.Dialogs.Conversation.FollowUp;
using HelpBot.Dialogs.Conversation.Markers;
using HelpBot.Dialogs.Conversation.Prompts;
using HelpBot.Dialogs.Conversation.Replies;
using HelpBot.Dialogs.Conversation.State;
using HelpBot.Dialogs.Engine;
using HelpBot.Dialogs.Engine.Prompts;
using HelpBot.Dialogs.Engine.Waterfall;
using HelpBot.Domain.Drafts;
using HelpBot.Domain.Reports;
using HelpBot.Domain.Systems;
using HelpBot.Domain.Tickets;

namespace HelpBot.Dialogs.Conversation.Dialogs;

/// <summary>
/// Step 3b, Connect for Health Colorado: the note for certified roles, the fields the Service Center
/// needs, the PII/PHI review, the call checklist, and the call log, stored as a ticket that holds
/// metadata only.
/// </summary>
public sealed class ConnectReportDialog : WaterfallDialog
{
    private readonly ConversationServices _services;
    private readonly TicketCreation _tickets;

    public ConnectReportDialog(ConversationServices services, TicketCreation tickets)
        : base(DialogIds.Connect)
    {
        _services = services;
        _tickets = tickets;
        AddStep(CollectFieldsAsync);
        AddStep(ReviewPrivacyAsync);
        AddStep(SendChecklistAsync);
        AddStep(LogCallAsync);
    }

    private async Task<DialogTurnResult> CollectFieldsAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        if (step.IsGoingBack)
        {
            return await step.BeginDialogAsync(DialogIds.Fields, FieldsOptions.LastAsked(step.Turn), cancellationToken);
        }

        var state = step.Turn.GetReport();
        if (state.IntroducedSystem == SupportSystems.ConnectForHealth)
        {
            // A report read again after "back" at its description: the introduction was sent already.
            return await step.BeginDialogAsync(DialogIds.Fields, FieldsOptions.Create(ReportRules.StillNeeded(state.Report)), cancellationToken);
        }

        step.Turn.UpdateReport(s => s.IntroducedSystem = SupportSystems.ConnectForHealth);
        var report = state.Report;
        var role = _services.Content.Roles.Find(r => r.Id == step.Turn.GetProfile().Role);
        var intro = "Step 3: this is a Connect for Health Colorado problem, which is reported by phone to the Service Center. " +
            "I'll collect what the Service Center needs and give you a checklist for the call.";
        if (role?.FollowsInternalProcess == true)
        {
            intro += "\n\nNote: " + _services.Content.ServiceCenter.RoleNote.Text;
            await Reply.SendStepAsync(step.Turn, ConversationSteps.RoleNote, intro, cancellationToken);
        }
        else
        {
            await step.Turn.SendActivityAsync(Reply.Text(intro).WithMarker(Reply.Marker(step.Turn)), cancellationToken);
        }

        return await step.BeginDialogAsync(DialogIds.Fields, FieldsOptions.Create(ReportRules.StillNeeded(report)), cancellationToken);
    }

    private static Task<DialogTurnResult> ReviewPrivacyAsync(WaterfallStepContext step, CancellationToken cancellationToken) =>
        step.BeginDialogAsync(DialogIds.PrivacyReview, null, cancellationToken);

    private async Task<DialogTurnResult> SendChecklistAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var state = step.Turn.GetReport();
        var checklist = CallChecklistComposer.Compose(
            state.Report, _services.Content, state.PersonalDataKept ? state.KeptCategories : [], _services.TimeProvider.GetUtcNow(),
            step.Turn.GetProfile().Device);
        await step.Turn.SendActivityAsync(ChecklistCards.Create(checklist)
            .WithMarker(Reply.Marker(step.Turn, step: ConversationSteps.Checklist)), cancellationToken);
        return await step.PromptAsync(DialogIds.CallLogPrompt, new PromptOptions(), cancellationToken);
    }

    private async Task<DialogTurnResult> LogCallAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var log = step.Result as JsonObject;
        var state = step.Turn.GetReport();
        var ticket = TicketFactory.Create(step.Turn, state.Report, SupportSystems.ConnectForHealth, _services.TimeProvider.GetUtcNow());
        if (log is null || log[CallLogFields.Skipped]?.GetValue<bool>() == true)
        {
            // The ticket stays drafted until the call. Its reminders ask the user to call, and its card under "my tickets" takes the call details.
            ticket = await _tickets.CreateAsync(step.Turn, ticket, cancellationToken);
            await Reply.SendStepAsync(step.Turn, ConversationSteps.TicketLogged, WaitingForCall(ticket), cancellationToken);
            return await step.EndDialogAsync(null, cancellationToken);
        }

        var callLog = ReadCallLog(log);
        callLog.ApplyTo(ticket);
        ticket = await _tickets.CreateAsync(step.Turn, ticket, cancellationToken);
        var calledBeforeProblem = state.Report.When is { } problemAt && callLog.CalledAt < problemAt;
        await Reply.SendStepAsync(step.Turn, ConversationSteps.TicketLogged,
            Summary(ticket, callLog, calledBeforeProblem, _services.GetTimeZone(step.Turn)), cancellationToken);
        return await step.EndDialogAsync(null, cancellationToken);
    }

    private static string WaitingForCall(Ticket ticket) =>
        $"Okay. I saved this report as ticket {ticket.Id}, waiting for your call; I keep only the dates and the status, no names. " +
        "Keep the checklist for the call. After it, type 'my tickets' and add the call details (incident number, call time, time frame) on the ticket's card, " +
        $"or type 'update ticket {ticket.Id}' with one 'Incident:', 'When:' and 'Time frame:' line each.";

    private static CallLog ReadCallLog(JsonObject log)
    {
        var calledAt = DateTimeOffset.Parse(log[CallLogFields.CalledAt]!.GetValue<string>(), CultureInfo.InvariantCulture);
        var amount = log[CallLogFields.TimeFrameAmount]?.GetValue<int>();
        var unit = log[CallLogFields.TimeFrameUnit]?.GetValue<string>();
        return new CallLog(
            calledAt,
            log[CallLogFields.IncidentNumber]?.GetValue<string>(),
            amount is null || unit is null ? null : new TimeFrame(amount.Value, unit),
            log[CallLogFields.Representative]?.GetValue<string>());
    }

    private string Summary(Ticket ticket, CallLog callLog, bool calledBeforeProblem, TimeZoneInfo timeZone)
    {
        var center = _services.Content.ServiceCenter;
        var text = new StringBuilder("I logged the call as ticket ").Append(ticket.Id);
        if (ticket.IncidentNumber is not null)
        {
            text.Append(" (Service Center incident ").Append(ticket.IncidentNumber).Append(')');
        }

        text.Append(". I keep only the dates, the incident number and the status, no names.\n");

        if (ServiceCenterHours.ClosedNote(_services.Content, callLog.CalledAt) is { } closedNote)
        {
            text.Append(closedNote).Append('\n');
        }

        if (calledBeforeProblem)
        {
            text.Append("The time you gave for the call is before the time of the problem, so please check both: ")
                .Append("the promised update date is counted from the call.\n");
        }

        if (callLog.RepresentativeFirstName is { Length: > 0 })
        {
            text.Append("Write the representative's name in your own notes: I did not keep it.\n");
        }

        if (ticket.PromisedUpdateBy is { } due)
        {
            text.Append("An update is due by ").Append(Fields.ReportFieldValues.FormatWhen(TimeZoneInfo.ConvertTime(due, timeZone))).Append('.');

            // A call logged late can have a promised time that is over already.
            text.Append(due <= _services.TimeProvider.GetUtcNow()
                ? " That time has passed: if no update came, check the status and use the steps below.\n"
                : "\n");
        }

        // The chain is a sentence, not a numbered list: Web Chat renders "1. Team Lead" lines as an ordered
        // list, which reads like options to pick.
        text.Append('\n').Append(center.StatusCheck.Text).Append("\n\n").Append(center.EscalationWhen.Text);
        if (center.Escalation.Count > 0)
        {
            text.Append(" The order of escalation is ").Append(string.Join(", then ", center.Escalation.Select(e => e.Text)))
                .Append(": go to the next one only when the one before cannot help.");
        }

        return text.ToString();
    }
}
