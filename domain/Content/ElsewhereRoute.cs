namespace HelpBot.Domain.Content;

/// <summary>
/// A report that is not about one client (a general outage, or CBMS as county workers see it),
/// and where it goes instead of the ticket form.
/// </summary>
public sealed class ElsewhereRoute : SourcedFact
{
    public string Id { get; set; } = string.Empty;

    public string Title { get; set; } = string.Empty;

    /// <summary>Groups of phrases; the route matches when every group has a phrase in the text.</summary>
    public List<List<string>> Keywords { get; set; } = [];

    /// <summary>Where the report goes and what to say there.</summary>
    public List<string> Guidance { get; set; } = [];

    /// <summary>Ids of contacts to offer.</summary>
    public List<string> ContactIds { get; set; } = [];
}
