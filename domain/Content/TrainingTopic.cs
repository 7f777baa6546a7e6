namespace HelpBot.Domain.Content;

/// <summary>
/// A question that PEAK training answers, so it is not a technical problem to report.
/// </summary>
public sealed class TrainingTopic : SourcedFact
{
    public string Id { get; set; } = string.Empty;

    public string Title { get; set; } = string.Empty;

    /// <summary>The system the topic belongs to (one of <see cref="Systems.SupportSystems"/>).</summary>
    public string System { get; set; } = string.Empty;

    /// <summary>
    /// Groups of phrases (case-insensitive, whole words). The topic matches when every group has
    /// at least one phrase in the text.
    /// </summary>
    public List<List<string>> Keywords { get; set; } = [];

    /// <summary>Rules in code that also match the topic (values of <see cref="TrainingTriggers"/>).</summary>
    public List<string> Triggers { get; set; } = [];

    /// <summary>What to do, one step or fact per item.</summary>
    public List<string> Guidance { get; set; } = [];

    /// <summary>File types PEAK accepts for upload, with the dot, for the upload topic.</summary>
    public List<string> AcceptedFileTypes { get; set; } = [];

    /// <summary>Upload size limit per file in megabytes, for the upload topic.</summary>
    public double? MaxFileSizeMb { get; set; }
}
