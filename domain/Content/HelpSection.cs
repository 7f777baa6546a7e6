namespace HelpBot.Domain.Content;

/// <summary>A part of a help topic, such as the steps for one operating system.</summary>
public sealed class HelpSection : SourcedFact
{
    public string Id { get; set; } = string.Empty;

    public string Heading { get; set; } = string.Empty;

    /// <summary>Steps or facts, in order.</summary>
    public List<string> Steps { get; set; } = [];

    public string? Link { get; set; }
}
