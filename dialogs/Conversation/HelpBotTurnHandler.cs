using System.Text.Json;
using System.Text.Json.Nodes;
using HelpBot.Dialogs.Conversation.Clients;
using HelpBot.Dialogs.Conversation.Dialogs;
using HelpBot.Dialogs.Conversation.FollowUp;
using HelpBot.Dialogs.Conversation.HelpTopics;
using HelpBot.Dialogs.Conversation.Markers;
using HelpBot.Dialogs.Conversation.Privacy;
using HelpBot.Dialogs.Conversation.Prompts;
using HelpBot.Dialogs.Conversation.Replies;
using HelpBot.Dialogs.Conversation.State;
using HelpBot.Dialogs.Conversation.Uploads;
using HelpBot.Dialogs.Engine;
using HelpBot.Dialogs.Engine.Commands;
using HelpBot.Protocol.Models;
using HelpBot.Runtime.Turns;

namespace HelpBot.Dialogs.Conversation;

/// <summary>
/// HelpBot's root turn handler. Follow-up requests (ticket, reminder, escalation and digest card
/// submits, and the typed follow-up commands) go to <see cref="FollowUpRouter"/> first, whatever dialog
/// is active; other messages go through the dialog engine (after the one-time greeting and typed
/// help-topic questions, and after files sent at a question that does not ask for them, see
/// <see cref="UnaskedUploads"/>); a member joining gets the greeting and the menu; the web chat
/// page's <c>webchat/join</c> event and every activity's <c>localTimezone</c> are kept in user state.
/// Every other activity type is ignored.
/// </summary>
public sealed class HelpBotTurnHandler(DialogManager dialogs, ConversationServices services, FollowUpRouter followUp, ReportResumption resumption) : ITurnHandler
{
    /// <summary>Name of the event the web chat page sends when it opens, with <c>{timezone, userAgent}</c>.</summary>
    public const string WebChatJoinEvent = "webchat/join";

    private static readonly string[] Greetings = ["hi", "hello", "hey", "hi there", "hello there", "good morning", "good afternoon", "menu", "start", "main menu"];

    public Task OnTurnAsync(ITurnContext turn, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        RecordTimeZone(turn);
        return turn.Activity.Type switch
        {
            ActivityTypes.Message => OnMessageAndTrackAsync(turn, cancellationToken),
            ActivityTypes.ConversationUpdate => OnConversationUpdateAsync(turn, cancellationToken),
            ActivityTypes.Event => OnEventAsync(turn),
            _ => IgnoreAsync(turn),
        };
    }

    // After each message the user state records whether this conversation contains the user's unfinished report,
    // so a later conversation can offer to continue it.
    private async Task OnMessageAndTrackAsync(ITurnContext turn, CancellationToken cancellationToken)
    {
        await OnMessageAsync(turn, cancellationToken);
        resumption.Track(turn);
    }

    private async Task OnMessageAsync(ITurnContext turn, CancellationToken cancellationToken)
    {
        await TypedPasswords.RemoveFromMessageAsync(turn, services.PiiAnalyzer, static t => t.GetReport().Report.System, cancellationToken);
        if (await followUp.TryHandleAsync(turn, cancellationToken))
        {
            return;
        }

        await WelcomeOnceAsync(turn, cancellationToken);
        turn.TakeClosedReportIntoTurn();
        if (await ChangeConfirmation.TryHandleAsync(dialogs, turn, cancellationToken))
        {
            return;
        }

        if (await UnaskedUploads.TryHandleAsync(dialogs, turn, services, cancellationToken))
        {
            return;
        }

        var topic = HelpTopicMatcher.Match(turn.Activity.Text, services.Content);
        if (topic is not null && turn.Activity.Value is null)
        {
            Log.HelpTopicShown(services.Logger, topic.Id);
            await dialogs.RunWithContextAsync(turn, dc => ShowTopicAsync(dc, topic, cancellationToken), cancellationToken);
            return;
        }

        await dialogs.RunTurnAsync(turn, CreateRootOptions(turn.Activity), cancellationToken);
    }

    private async Task OnConversationUpdateAsync(ITurnContext turn, CancellationToken cancellationToken)
    {
        var activity = turn.Activity;
        var botId = activity.Recipient?.Id;
        var userJoined = activity.MembersAdded?.Exists(member => member.Id is not null && !string.Equals(member.Id, botId, StringComparison.Ordinal)) == true;
        if (!userJoined || turn.GetWelcomed())
        {
            return;
        }

        await WelcomeOnceAsync(turn, cancellationToken);
        await dialogs.RunWithContextAsync(turn, async dc => dc.ActiveDialog is null
            ? await dc.BeginDialogAsync(DialogIds.Main, null, cancellationToken)
            : Dialog.EndOfTurn, cancellationToken);
    }

    private Task OnEventAsync(ITurnContext turn)
    {
        var activity = turn.Activity;
        if (activity.Name != WebChatJoinEvent || activity.Value is not { ValueKind: JsonValueKind.Object } value)
        {
            return IgnoreAsync(turn);
        }

        var profile = turn.GetProfile();
        var timeZone = ReadString(value, "timezone");
        if (timeZone is not null && TimeZoneInfo.TryFindSystemTimeZoneById(timeZone, out _))
        {
            profile.TimeZone = timeZone;
        }

        var environment = UserAgentReader.Read(ReadString(value, "userAgent"));
        profile.OperatingSystem = environment.OperatingSystem ?? profile.OperatingSystem;
        profile.Browser = environment.Browser ?? profile.Browser;
        profile.Device = environment.Device;
        turn.SetProfile(profile);
        Log.ClientInfoRecorded(services.Logger, environment.OperatingSystem is not null, environment.Browser is not null);
        return Task.CompletedTask;
    }

    private Task IgnoreAsync(ITurnContext turn)
    {
        Log.ActivityIgnored(services.Logger, turn.Activity.Type ?? "none", turn.Activity.Name);
        return Task.CompletedTask;
    }

    private async Task WelcomeOnceAsync(ITurnContext turn, CancellationToken cancellationToken)
    {
        if (turn.GetWelcomed())
        {
            return;
        }

        turn.SetWelcomed();
        await turn.SendActivityAsync(Reply.Text(ConversationMessages.Welcome).WithMarker(new HelpBotMarker { Step = ConversationSteps.Welcome }), cancellationToken);
    }

    private static async Task<DialogTurnResult> ShowTopicAsync(DialogContext dc, Domain.Content.HelpTopic topic, CancellationToken cancellationToken)
    {
        await HelpTopicReplies.SendTopicAsync(dc.Turn, topic, cancellationToken);
        if (dc.ActiveDialog is null)
        {
            return await dc.BeginDialogAsync(DialogIds.Main, null, cancellationToken);
        }

        await dc.RepromptDialogAsync(cancellationToken);
        return Dialog.EndOfTurn;
    }

    // A first message that already describes the problem starts a report with it, when the root begins.
    private static JsonObject? CreateRootOptions(Activity activity)
    {
        var normalized = TextNormalizer.Normalize(activity.Text);
        if (activity.Value is not null || normalized.Length == 0 || Greetings.Contains(normalized) || MenuPrompt.Recognize(normalized) is not null)
        {
            return null;
        }

        var words = normalized.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
        return words >= MenuPrompt.MinDescriptionWords ? new JsonObject { [MainDialog.TextOption] = activity.Text!.Trim() } : null;
    }

    private static void RecordTimeZone(ITurnContext turn)
    {
        var timeZone = turn.Activity.LocalTimezone;
        if (string.IsNullOrWhiteSpace(timeZone) || !TimeZoneInfo.TryFindSystemTimeZoneById(timeZone, out _))
        {
            return;
        }

        var profile = turn.GetProfile();
        if (profile.TimeZone == timeZone)
        {
            return;
        }

        profile.TimeZone = timeZone;
        turn.SetProfile(profile);
    }

    private static string? ReadString(JsonElement value, string name) =>
        value.TryGetProperty(name, out var property) && property.ValueKind == JsonValueKind.String ? property.GetString() : null;
}
