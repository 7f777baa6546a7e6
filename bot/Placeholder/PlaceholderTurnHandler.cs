using HelpBot.Protocol.Models;
using HelpBot.Runtime.Turns;

namespace HelpBot.Bot.Placeholder;

/// <summary>
/// PLACEHOLDER until HelpBot's dialogs are registered: welcomes a user who joins, echoes messages,
/// and ignores every other activity. It is registered only when no other <see cref="ITurnHandler"/>
/// is, so registering the real handler before the host's services replaces it.
/// </summary>
public sealed class PlaceholderTurnHandler : ITurnHandler
{
    /// <summary>The welcome sent when a user joins the conversation.</summary>
    public const string WelcomeText = "Welcome to HelpBot. This is a placeholder bot: it repeats what you send.";

    public Task OnTurnAsync(ITurnContext turn, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        return turn.Activity.Type switch
        {
            ActivityTypes.ConversationUpdate when UserJoined(turn.Activity) => turn.SendTextAsync(WelcomeText, cancellationToken),
            ActivityTypes.Message => EchoAsync(turn, cancellationToken),
            _ => Task.CompletedTask,
        };
    }

    private static async Task EchoAsync(ITurnContext turn, CancellationToken cancellationToken)
    {
        var text = turn.Activity.Text;
        var attachments = turn.Activity.Attachments?.Count ?? 0;
        var reply = string.IsNullOrEmpty(text) ? $"You sent {attachments} attachment(s)." : $"You said: {text}";
        await turn.SendTextAsync(reply, cancellationToken);
    }

    // The bot's own entry in membersAdded is compared ordinally with the recipient.
    private static bool UserJoined(Activity activity) =>
        activity.MembersAdded?.Any(member => !string.Equals(member.Id, activity.Recipient?.Id, StringComparison.Ordinal)) == true;
}
