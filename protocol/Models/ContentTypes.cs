namespace HelpBot.Protocol.Models;

/// <summary>Attachment and invoke-response content types the bot sends or reads.</summary>
public static class ContentTypes
{
    public const string AdaptiveCard = "application/vnd.microsoft.card.adaptive";
    public const string ActivityJson = "application/vnd.microsoft.activity";
    public const string InvokeMessage = "application/vnd.microsoft.activity.message";
    public const string InvokeError = "application/vnd.microsoft.error";
}
