using System.Text.Json.Serialization;

namespace HelpBot.Cards.Model;

/// <summary>
/// Text made of runs with their own formatting. Renderers never apply markdown to a run.
/// </summary>
public sealed class RichTextBlock : CardElement
{
    [JsonPropertyName("inlines")]
    public List<TextRun> Inlines { get; set; } = [];

    public RichTextBlock WithRun(TextRun run)
    {
        Inlines.Add(run);
        return this;
    }
}
