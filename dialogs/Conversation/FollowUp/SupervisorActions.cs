using System.Globalization;
using HelpBot.Cards.Builders.FollowUp;
using HelpBot.Cards.Builders.Tickets;
using HelpBot.Cards.Serialization;
using HelpBot.Dialogs.Conversation.Markers;
using HelpBot.Dialogs.Conversation.Replies;
using HelpBot.Dialogs.FollowUp;
using HelpBot.Domain.FollowUp;
using HelpBot.Runtime.Turns;

namespace HelpBot.Dialogs.Conversation.FollowUp;

/// <summary>
/// Supervisors' actions from the escalation card (acknowledge, add a note, take over), the digest
/// (supervisors only) and adding a supervisor (configured admins only).
/// </summary>
internal sealed class SupervisorActions(FollowUpConversationServices services)
{
    /// <summary>Longest note a supervisor can add, in characters.</summary>
    public const int MaxNoteLength = 1000;

    private const string NotSupervisor =
        "Only supervisors can ask for the digest. If you should be one, ask your HelpBot admin to add you.";

    public async Task HandleTicketAsync(ITurnContext turn, TicketActor actor, FollowUpRequest request, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(request.TicketId))
        {
            await RejectAsync(turn, request.Action, "missing ticket id", FollowUpReplies.MissingTicket, cancellationToken);
            return;
        }

        var note = request.Note?.Trim() ?? "";
        if (request.Action == FollowUpActions.AddNote && note.Length is 0 or > MaxNoteLength)
        {
            var message = note.Length == 0
                ? "The note is empty. Type the note in the box on the escalation card, then press the button again."
                : string.Create(CultureInfo.InvariantCulture, $"The note is too long: keep it under {MaxNoteLength} characters and leave out names and case details.");
            await RejectAsync(turn, request.Action, "invalid note", message, cancellationToken);
            return;
        }

        var ticketId = request.TicketId.Trim();
        var result = await (request.Action switch
        {
            FollowUpActions.Acknowledge => services.FollowUp.AcknowledgeAsync(actor, ticketId, cancellationToken),
            FollowUpActions.AddNote => services.FollowUp.AddNoteAsync(actor, ticketId, note, cancellationToken),
            _ => services.FollowUp.TakeOverAsync(actor, ticketId, cancellationToken),
        });
        Log.FollowUpHandled(services.Logger, request.Action, ticketId, result.Outcome);
        if (result.Outcome is TicketChangeOutcome.Changed or TicketChangeOutcome.Unchanged)
        {
            await services.Supervisors.RememberConversationAsync(actor, cancellationToken);
        }

        await Reply.SendStepAsync(turn, ConversationSteps.TicketChange, FollowUpReplies.Describe(request.Action, ticketId, result), cancellationToken);
    }

    public async Task SendDigestAsync(ITurnContext turn, TicketActor actor, FollowUpRequest request, CancellationToken cancellationToken)
    {
        if (!await services.Supervisors.IsSupervisorAsync(actor.ChannelId, actor.UserId, cancellationToken))
        {
            await RejectAsync(turn, request.Action, "not a supervisor", NotSupervisor, cancellationToken);
            return;
        }

        await services.Supervisors.RememberConversationAsync(actor, cancellationToken);
        var conversation = services.Conversation;
        var days = request.PeriodDays ?? FollowUpRequestReader.DefaultPeriodDays;
        var to = conversation.TimeProvider.GetUtcNow();
        var digest = await services.FollowUp.CreateDigestAsync(to.AddDays(-days), to, cancellationToken);
        var csvId = await services.Digests.SaveAsync(DigestCsv.WriteUtf8(digest), cancellationToken);
        var csvUrl = DigestRoutes.BuildUrl(conversation.Options.PublicBaseUrl, csvId);
        var card = DigestCard.Build(digest, conversation.Content, conversation.GetTimeZone(turn), to, csvUrl);
        Log.DigestShown(services.Logger, days, digest.Created, digest.Open.Count, digest.Overdue.Count);
        await Reply.SendStepAsync(turn, ConversationSteps.Digest, Reply.Card(AdaptiveCardAttachment.ToJsonElement(card.Card), card.PlainText), cancellationToken);
    }

    public async Task AddSupervisorAsync(ITurnContext turn, TicketActor actor, FollowUpRequest request, CancellationToken cancellationToken)
    {
        if (!services.Supervisors.IsAdmin(actor.ChannelId, actor.UserId))
        {
            await RejectAsync(turn, request.Action, "not an admin", "Only HelpBot admins can add supervisors. Ask your admin to add the person.", cancellationToken);
            return;
        }

        var userId = request.UserId ?? "";
        if (userId.Length is 0 or > FollowUpRequestReader.MaxUserIdLength || userId.Any(c => char.IsWhiteSpace(c) || char.IsControl(c)))
        {
            await RejectAsync(turn, request.Action, "invalid user id",
                "Type 'add supervisor' and the person's user id on this channel, with no spaces. The person can type 'my user id' to see theirs.", cancellationToken);
            return;
        }

        var added = await services.Supervisors.AddAsync(actor, userId, cancellationToken);
        Log.SupervisorAddedInChat(services.Logger, actor.ChannelId, added);
        var message = added
            ? "Added the supervisor. From now on they get escalation cards for urgent and overdue tickets, in the conversation they last used with me."
            : "That user is already a supervisor; nothing changed.";
        await Reply.SendStepAsync(turn, ConversationSteps.SupervisorAdded, message, cancellationToken);
    }

    private Task RejectAsync(ITurnContext turn, string action, string reason, string message, CancellationToken cancellationToken)
    {
        Log.FollowUpRejected(services.Logger, action, reason);
        return Reply.SendStepAsync(turn, ConversationSteps.FollowUpRejected, message, cancellationToken);
    }
}
