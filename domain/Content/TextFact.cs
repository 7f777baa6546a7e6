namespace HelpBot.Domain.Content;

/// <summary>A sentence or list item carried over from a source, with an id unique in its list.</summary>
public sealed class TextFact : SourcedFact
{
    public string Id { get; set; } = string.Empty;

    public string Text { get; set; } = string.Empty;
}
