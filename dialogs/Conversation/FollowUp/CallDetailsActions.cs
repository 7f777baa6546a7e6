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
/// ticket HB-0123456789AB" with "Incident:", "When:" and "Time frame:" lines. On a PEAK ticket the
/// details are those of the help desk's reply, with "Replied:" in place of "When:", because the time
/// frame the reply promised is counted from the reply. The values are checked as at the call-log
/// question (<see cref="CallDetailsReader"/>). A rejected submission is explained in one message, and
/// the ticket's card comes back with the values that may be shown again.
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
            await Reply.SendStepAsync(turn, ConversationSteps.FollowUpRejected, CallDetailsReplies.Usage(ticket), cancellationToken);
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
            TicketChangeOutcome.Changed => CallDetailsReplies.Saved(result.Ticket!, services.Conversation.GetTimeZone(turn), services.Conversation.Content),
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
        Add(values, CallLogFields.RepliedAt, request.RepliedAt);
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
    // from the new call or reply time, or from the ticket's when none is given.
    private CallDetailsUpdate Read(ITurnContext turn, Ticket ticket, Dictionary<string, string> values, List<string> problems)
    {
        var peak = ticket.System == SupportSystems.Peak;
        if (values.ContainsKey(peak ? CallLogFields.CalledAt : CallLogFields.RepliedAt))
        {
            problems.Add(peak ? CallDetailsReplies.PeakHasNoCall : CallDetailsReplies.ConnectHasNoReply);
        }

        if (values.TryGetValue(CallLogFields.IncidentNumber, out var number))
        {
            CallDetailsReader.CheckIncidentNumber(turn, number, services.Conversation.PiiAnalyzer, ticket.System, problems);
        }

        var start = ReadStart(turn, peak, values, problems);
        var hasStart = values.ContainsKey(peak ? CallLogFields.RepliedAt : CallLogFields.CalledAt);
        var hasTimeFrame = values.TryGetValue(CallLogFields.TimeFrame, out var timeFrameText);
        if (!hasTimeFrame || CallDetailsReader.IsNoTimeFrame(timeFrameText!))
        {
            return Update(peak, number, start, null, noTimeFrame: hasTimeFrame);
        }

        if (start is null && ticket.TimeFrameStart is null)
        {
            // A start that was given but rejected has its own message already.
            if (!hasStart)
            {
                problems.Add(peak
                    ? "Please add the date and time of the help desk's reply too, such as \"Replied: today 2:30 pm\": the time frame is counted from it."
                    : "Please add the date and time of the call too, such as \"When: today 2:30 pm\": the time frame is counted from it.");
            }

            return Update(peak, number, start, null);
        }

        return Update(peak, number, start, CallDetailsReader.ReadTimeFrame(timeFrameText!, problems));
    }

    // Reads the time the time frame is counted from: the reply time on a PEAK ticket, the call time on others.
    private DateTimeOffset? ReadStart(ITurnContext turn, bool peak, Dictionary<string, string> values, List<string> problems)
    {
        var key = peak ? CallLogFields.RepliedAt : CallLogFields.CalledAt;
        if (!values.TryGetValue(key, out var text))
        {
            return null;
        }

        var context = services.Conversation.CreateExtractionContext(turn);
        var iso = peak ? CallDetailsReader.ReadReplyTime(text, context, problems) : CallDetailsReader.ReadCallTime(text, context, problems);
        return iso is null ? null : CallDetailsReader.ParseCallTime(iso);
    }

    private static CallDetailsUpdate Update(bool peak, string? number, DateTimeOffset? start, TimeFrame? timeFrame, bool noTimeFrame = false) => peak
        ? new CallDetailsUpdate(number, TimeFrame: timeFrame, NoTimeFrame: noTimeFrame, RepliedAt: start)
        : new CallDetailsUpdate(number, start, timeFrame, noTimeFrame);

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
            shown.GetValueOrDefault(CallLogFields.TimeFrame),
            shown.GetValueOrDefault(CallLogFields.RepliedAt));
        var card = TicketUpdateCard.Build(ticket, services.Conversation.Content, services.Conversation.TimeProvider.GetUtcNow(),
            services.Conversation.GetTimeZone(turn), callDetailsDraft: draft);
        await TicketReplies.SendCardAsync(turn, ticket, card, cancellationToken);
    }

    private Task RejectAsync(ITurnContext turn, string reason, string message, CancellationToken cancellationToken)
    {
        Log.FollowUpRejected(services.Logger, FollowUpActions.SetCallDetails, reason);
        return Reply.SendStepAsync(turn, ConversationSteps.FollowUpRejected, message, cancellationToken);
    }
}
