namespace HelpBot.Bot.Channels.Teams;

/// <summary>Texts the Teams channel layer sends itself, outside the dialogs.</summary>
public static class TeamsMessages
{
    /// <summary>The introduction posted when HelpBot is added to a team or group chat.</summary>
    public const string Introduction =
        "Hi, I'm HelpBot. I help CBO staff report problems with PEAK/SES and Connect for Health Colorado. "
        + "Mention me with @HelpBot and \"report a problem\", \"my tickets\" or \"help\", or chat with me one to one "
        + "for a report that may contain personal details.";

    /// <summary>The invoke response text of a card action whose turn sent no card.</summary>
    public const string ActionDone = "Got it.";

    /// <summary>The invoke response text of a card action whose turn is still running. The result follows as a message.</summary>
    public const string ActionStillRunning = "Working on it. The answer will follow in the chat.";
}
