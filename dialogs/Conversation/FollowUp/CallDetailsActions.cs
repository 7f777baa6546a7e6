using System.Text;
using HelpBot.Cards.Builders.FollowUp;
using HelpBot.Cards.Builders.Tickets;
using HelpBot.Dialogs.Conversation.Markers;
using HelpBot.Dialogs.Conversation.Prompts;
using HelpBot.Dialogs.Conversation.Replies;
using HelpBot.Dialogs.FollowUp;
using HelpBot.Domain.Systems;
using HelpBot.Domain.Tickets;
using HelpBot.Runtime.Turns;

namespace HelpBot.Dialogs.Conversation.FollowUp;

/// <summary>
/// The owner adds or corrects a ticket's call details: from the ticket card, or typed as "update
/// ticket HB-0123456789AB" with "Incident:", "When:" and "Time frame:" lines. The values are checked
/// as at the call-log question (<see cref="CallDetailsReader"/>). A rejected submission is explained
/// in one message, and the ticket's card comes back with the values that may be shown again.
/// </summary>
internal sealed class CallDetailsActions(FollowUpConversationServices services)
{
    public async Task HandleAsync(ITurnContext turn, TicketActor actor, FollowUpRequest request, CancellationToken cancellationToken)
    {
        var ticket = await FindTicketAsync(turn, actor, request, cancellationToken);
        if (ticket is null)
        {
            return;
        }

        var values = Values(request);
        if (values.Count == 0)
        {
            await Reply.SendStepAsync(turn, ConversationSteps.FollowUpRejected, Usage(ticket), cancellationToken);
            await TicketReplies.SendTicketAsync(turn, services.Conversation, ticket, null, cancellationToken);
            return;
        }

        var problems = new List<string>();
        var update = Read(turn, ticket, values, problems);
        if (problems.Count > 0)
        {
            await RejectValuesAsync(turn, ticket, values, problems, cancellationToken);
            return;
        }

        var result = await services.FollowUp.SetCallDetailsAsync(actor, ticket.Id, update, cancellationToken);
        Log.FollowUpHandled(services.Logger, request.Action, ticket.Id, result.Outcome);
        if (result.Outcome is TicketChangeOutcome.NotAllowed or TicketChangeOutcome.NotFound)
        {
            await RejectAsync(turn, "no such ticket of the user", FollowUpReplies.NotYours(ticket.Id), cancellationToken);
            return;
        }

        var message = result.Outcome switch
        {
            TicketChangeOutcome.Changed => Saved(result.Ticket!, services.Conversation.GetTimeZone(turn)),
            TicketChangeOutcome.Unchanged => $"Ticket {ticket.Id} already has those call details; nothing changed.",
            _ => FollowUpReplies.Describe(request.Action, ticket.Id, result),
        };
        await Reply.SendStepAsync(turn, ConversationSteps.TicketChange, message, cancellationToken);
        if (result.Outcome == TicketChangeOutcome.Changed && result.Ticket is { } changed && !TicketTexts.IsClosed(changed))
        {
            await TicketReplies.SendTicketAsync(turn, services.Conversation, changed, null, cancellationToken);
        }
    }

    // Returns the ticket the request names, or the owner's newest open ticket; null after telling the user
    // there is none. Someone else's ticket gets the same message as a missing one.
    private async Task<Ticket?> FindTicketAsync(ITurnContext turn, TicketActor actor, FollowUpRequest request, CancellationToken cancellationToken)
    {
        if (request.LatestOpenTicket)
        {
            var tickets = await services.Conversation.Tickets.ListByOwnerAsync(actor.ChannelId, actor.UserId, cancellationToken);
            var newest = tickets.Where(t => t.IsOpen).OrderByDescending(t => t.CreatedAt).FirstOrDefault();
            if (newest is null)
            {
                await RejectAsync(turn, "no open ticket",
                    "You have no open ticket to add call details to. Type 'my tickets' to see your tickets.", cancellationToken);
            }

            return newest;
        }

        if (string.IsNullOrWhiteSpace(request.TicketId))
        {
            await RejectAsync(turn, "missing ticket id", FollowUpReplies.MissingTicket, cancellationToken);
            return null;
        }

        var ticket = await services.Conversation.Tickets.GetAsync(request.TicketId.Trim(), cancellationToken);
        if (ticket is null || !await MayChangeAsync(actor, ticket, cancellationToken))
        {
            await RejectAsync(turn, "no such ticket of the user", FollowUpReplies.NotYours(request.TicketId.Trim()), cancellationToken);
            return null;
        }

        return ticket;
    }

    // The follow-up service checks the actor again when it saves; this check keeps the value checks from
    // telling a stranger anything about the ticket.
    private async Task<bool> MayChangeAsync(TicketActor actor, Ticket ticket, CancellationToken cancellationToken) =>
        ticket.ChannelId == actor.ChannelId
        && (ticket.OwnerId == actor.UserId || await services.Supervisors.IsSupervisorAsync(actor.ChannelId, actor.UserId, cancellationToken));

    private static Dictionary<string, string> Values(FollowUpRequest request)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        Add(values, CallLogFields.IncidentNumber, request.IncidentNumber);
        Add(values, CallLogFields.CalledAt, request.CalledAt);
        Add(values, CallLogFields.TimeFrame, request.TimeFrame);
        return values;
    }

    private static void Add(Dictionary<string, string> values, string key, string? value)
    {
        if (value?.Trim() is { Length: > 0 } trimmed)
        {
            values[key] = trimmed;
        }
    }

    // Checks every value and names every problem, as the call-log question does. The time frame is counted
    // from the new call time, or from the ticket's when none is given.
    private CallDetailsUpdate Read(ITurnContext turn, Ticket ticket, Dictionary<string, string> values, List<string> problems)
    {
        var hasCallTime = values.TryGetValue(CallLogFields.CalledAt, out var calledAtText);
        var hasTimeFrame = values.TryGetValue(CallLogFields.TimeFrame, out var timeFrameText);
        if (ticket.System == SupportSystems.Peak && (hasCallTime || hasTimeFrame))
        {
            problems.Add("A PEAK ticket has no call to the Service Center, so it takes only the help desk's ticket number. " +
                "Type it on an 'Incident:' line, or use the number box on the ticket's card.");
        }

        if (values.TryGetValue(CallLogFields.IncidentNumber, out var number))
        {
            CallDetailsReader.CheckIncidentNumber(turn, number, services.Conversation.PiiAnalyzer, ticket.System, problems);
        }

        DateTimeOffset? calledAt = null;
        if (hasCallTime && CallDetailsReader.ReadCallTime(calledAtText!, services.Conversation.CreateExtractionContext(turn), problems) is { } iso)
        {
            calledAt = CallDetailsReader.ParseCallTime(iso);
        }

        if (!hasTimeFrame || CallDetailsReader.IsNoTimeFrame(timeFrameText!))
        {
            return new CallDetailsUpdate(number, calledAt, NoTimeFrame: hasTimeFrame);
        }

        var start = calledAt ?? ticket.CalledAt;
        if (start is null)
        {
            // A call time that was given but rejected has its own message already.
            if (!hasCallTime)
            {
                problems.Add("Please add the date and time of the call too, such as \"When: today 2:30 pm\": the time frame is counted from it.");
            }

            return new CallDetailsUpdate(number, calledAt);
        }

        var timeFrame = CallDetailsReader.ReadTimeFrame(timeFrameText!, start.Value, problems);
        return new CallDetailsUpdate(number, calledAt, start + timeFrame);
    }

    private async Task RejectValuesAsync(ITurnContext turn, Ticket ticket, Dictionary<string, string> values, List<string> problems, CancellationToken cancellationToken)
    {
        await RejectAsync(turn, "invalid value", string.Join("\n\n", problems), cancellationToken);
        if (TicketTexts.IsClosed(ticket))
        {
            return;
        }

        var shown = CallDetailsReader.ShownAgain(values, turn.GetTranscriptPasswords(), services.Conversation.PiiAnalyzer, ticket.System);
        var draft = new CallDetailsDraft(
            shown.GetValueOrDefault(CallLogFields.CalledAt),
            shown.GetValueOrDefault(CallLogFields.IncidentNumber),
            shown.GetValueOrDefault(CallLogFields.TimeFrame));
        var card = TicketUpdateCard.Build(ticket, services.Conversation.Content, services.Conversation.TimeProvider.GetUtcNow(),
            services.Conversation.GetTimeZone(turn), callDetailsDraft: draft);
        await TicketReplies.SendCardAsync(turn, card, cancellationToken);
    }

    private static string Saved(Ticket ticket, TimeZoneInfo timeZone)
    {
        var text = new StringBuilder("Saved the call details of ticket ").Append(ticket.Id).Append(": incident number ")
            .Append(ticket.IncidentNumber ?? "none yet");
        if (ticket.CalledAt is { } calledAt)
        {
            text.Append(", called ").Append(TicketTexts.FormatDate(calledAt, timeZone));
        }

        text.Append(ticket.PromisedUpdateBy is { } promised
            ? ", update promised by " + TicketTexts.FormatDate(promised, timeZone)
            : ", no promised time frame");
        text.Append('.');
        if (ticket.IsOpen && ticket.NextReminderAt is { } next)
        {
            text.Append(" If no update comes, I remind you ").Append(TicketTexts.FormatDate(next, timeZone)).Append('.');
        }

        return text.ToString();
    }

    private static string Usage(Ticket ticket) => ticket.System == SupportSystems.Peak
        ? $"To add the help desk's ticket number to ticket {ticket.Id}, type 'update ticket {ticket.Id}' and the line 'Incident: (the number)', or use the card below."
        : $"To add or correct the call details of ticket {ticket.Id}, type 'update ticket {ticket.Id}' and one line each for what you have:\n" +
          "Incident: (the incident number)\nWhen: (date and time of the call)\nTime frame: (the promised time frame, such as 3 business days, or none)\n" +
          "Or use the card below.";

    private Task RejectAsync(ITurnContext turn, string reason, string message, CancellationToken cancellationToken)
    {
        Log.FollowUpRejected(services.Logger, FollowUpActions.SetCallDetails, reason);
        return Reply.SendStepAsync(turn, ConversationSteps.FollowUpRejected, message, cancellationToken);
    }
}
