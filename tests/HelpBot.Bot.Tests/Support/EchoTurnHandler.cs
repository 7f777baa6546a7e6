using HelpBot.Protocol.Models;
using HelpBot.Runtime.Turns;

namespace HelpBot.Bot.Tests.Support;

/// <summary>
/// A turn handler for channel tests: welcomes a user who joins, echoes messages, and ignores every
/// other activity, so those tests do not depend on the conversation's wording.
/// </summary>
internal sealed class EchoTurnHandler : ITurnHandler
{
    /// <summary>The welcome sent when a user joins the conversation.</summary>
    public const string WelcomeText = "Welcome to the echo bot.";

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
