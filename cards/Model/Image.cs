using System.Text.Json.Serialization;

namespace HelpBot.Cards.Model;

/// <summary>
/// An image. Teams accepts PNG, JPEG and GIF up to 1024x1024 pixels; a data URI keeps the
/// card free of external addresses.
/// </summary>
public sealed class Image : CardElement
{
    public Image(string url, string altText)
    {
        Url = url;
        AltText = altText;
    }

    [JsonPropertyName("url")]
    public string Url { get; set; }

    /// <summary>Text that screen readers read in place of the image.</summary>
    [JsonPropertyName("altText")]
    public string AltText { get; set; }

    /// <summary>"auto", "stretch", "small", "medium" or "large".</summary>
    [JsonPropertyName("size")]
    public string? Size { get; set; }
}
