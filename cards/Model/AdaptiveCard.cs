using System.Text.Json.Serialization;

namespace HelpBot.Cards.Model;

/// <summary>An Adaptive Card, version 1.5 (the newest version Teams renders).</summary>
public sealed class AdaptiveCard
{
    public const string CurrentVersion = "1.5";
    public const string SchemaUrl = "http://adaptivecards.io/schemas/adaptive-card.json";

    [JsonPropertyName("type")]
    public string Type => ElementTypes.AdaptiveCard;

    /// <summary>Card version; null for a card nested in <see cref="ShowCardAction"/>.</summary>
    [JsonPropertyName("version")]
    public string? Version { get; set; } = CurrentVersion;

    [JsonPropertyName("$schema")]
    public string? Schema { get; set; }

    [JsonPropertyName("body")]
    public List<CardElement> Body { get; set; } = [];

    [JsonPropertyName("actions")]
    public List<CardAction>? Actions { get; set; }

    /// <summary>Plain text shown by clients that cannot render the card.</summary>
    [JsonPropertyName("fallbackText")]
    public string? FallbackText { get; set; }

    /// <summary>Text a speech client reads in place of the card.</summary>
    [JsonPropertyName("speak")]
    public string? Speak { get; set; }

    /// <summary>BCP-47 language of the card text, such as "en-US".</summary>
    [JsonPropertyName("lang")]
    public string? Lang { get; set; }

    /// <summary>Creates a card to nest in a <see cref="ShowCardAction"/>.</summary>
    public static AdaptiveCard Nested() => new() { Version = null };

    public AdaptiveCard WithBody(params IEnumerable<CardElement> elements)
    {
        Body.AddRange(elements);
        return this;
    }

    public AdaptiveCard WithActions(params IEnumerable<CardAction> actions)
    {
        Actions ??= [];
        Actions.AddRange(actions);
        return this;
    }

    public AdaptiveCard WithFallbackText(string text)
    {
        FallbackText = text;
        return this;
    }

    public AdaptiveCard WithSpeak(string text)
    {
        Speak = text;
        return this;
    }

    public AdaptiveCard WithLang(string lang)
    {
        Lang = lang;
        return this;
    }
}
