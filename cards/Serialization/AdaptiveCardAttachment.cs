using System.Text.Json;
using HelpBot.Cards.Model;

namespace HelpBot.Cards.Serialization;

/// <summary>
/// Converts cards to the JSON that goes into an attachment. The conversation layer wraps the
/// result as <c>{ "contentType": ContentType, "content": ToJsonElement(card) }</c>.
/// </summary>
public static class AdaptiveCardAttachment
{
    /// <summary>The attachment content type of an Adaptive Card.</summary>
    public const string ContentType = "application/vnd.microsoft.card.adaptive";

    public static JsonElement ToJsonElement(AdaptiveCard card) =>
        JsonSerializer.SerializeToElement(card, CardJsonContext.Default.AdaptiveCard);

    public static string ToJson(AdaptiveCard card) =>
        JsonSerializer.Serialize(card, CardJsonContext.Default.AdaptiveCard);

    /// <summary>Returns the size of the card's JSON in UTF-8 bytes.</summary>
    public static int GetUtf8Size(AdaptiveCard card) =>
        JsonSerializer.SerializeToUtf8Bytes(card, CardJsonContext.Default.AdaptiveCard).Length;
}
