namespace HelpBot.Protocol.Models;

/// <summary>Values of <see cref="Activity.ChannelId"/> that the bot treats specially.</summary>
public static class ChannelIds
{
    public const string DirectLine = "directline";
    public const string WebChat = "webchat";
    public const string MsTeams = "msteams";
    public const string Emulator = "emulator";
    public const string Test = "test";
}
