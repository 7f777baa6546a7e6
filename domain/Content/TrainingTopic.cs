namespace HelpBot.Domain.Content;

/// <summary>
/// A question that PEAK training answers, so it is not a technical problem to report.
/// </summary>
public sealed class TrainingTopic : SourcedFact
{
    public string Id { get; init; } = string.Empty;

    public string Title { get; init; } = string.Empty;

    /// <summary>The system the topic belongs to (one of <see cref="Systems.SupportSystems"/>).</summary>
    public string System { get; init; } = string.Empty;

    /// <summary>
    /// Groups of phrases (case-insensitive, whole words). The topic matches when every group has
    /// at least one phrase in the text. An empty list means the topic is matched by a rule in
    /// code only (an old-bookmark address, a file over <see cref="MaxFileSizeMb"/>).
    /// </summary>
    public List<List<string>> Keywords { get; init; } = [];

    /// <summary>What to do, one step or fact per item.</summary>
    public List<string> Guidance { get; init; } = [];

    /// <summary>File types PEAK accepts for upload, with the dot, for the upload topic.</summary>
    public List<string> AcceptedFileTypes { get; init; } = [];

    /// <summary>Upload size limit per file in megabytes, for the upload topic.</summary>
    public double? MaxFileSizeMb { get; init; }
}
