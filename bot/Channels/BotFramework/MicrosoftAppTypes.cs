namespace HelpBot.Bot.Channels.BotFramework;

/// <summary>Values of <c>BotFramework:MicrosoftAppType</c>, as the Azure Bot resource names them.</summary>
public static class MicrosoftAppTypes
{
    public const string SingleTenant = "SingleTenant";
    public const string UserAssignedMsi = "UserAssignedMSI";
    public const string MultiTenant = "MultiTenant";
}
