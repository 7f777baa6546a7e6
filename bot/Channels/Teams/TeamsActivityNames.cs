namespace HelpBot.Bot.Channels.Teams;

/// <summary>Teams values of <c>activity.name</c>, <c>activity.action</c> and <c>conversation.conversationType</c>.</summary>
public static class TeamsActivityNames
{
    /// <summary>The invoke an Adaptive Card <c>Action.Execute</c> (Universal Actions) sends.</summary>
    public const string AdaptiveCardAction = "adaptiveCard/action";

    public const string InstallationAdd = "add";
    public const string InstallationRemove = "remove";

    public const string PersonalConversation = "personal";
    public const string GroupChatConversation = "groupChat";
    public const string ChannelConversation = "channel";
}
