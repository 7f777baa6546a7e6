namespace HelpBot.Domain.Content;

/// <summary>
/// The content file is missing, is not valid JSON, or breaks a content rule. The message names the
/// entry by its JSON path, such as "content entry 'tips[1].source' is missing".
/// </summary>
public sealed class ContentValidationException : Exception
{
    public ContentValidationException()
    {
    }

    public ContentValidationException(string message)
        : base(message)
    {
    }

    public ContentValidationException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>JSON path of the first bad entry, such as <c>tips[1].source</c>; null when the file could not be read.</summary>
    public string? EntryPath { get; set; }

    /// <summary>Every problem found, one message each; the exception message is the first.</summary>
    public IReadOnlyList<string> Problems { get; set; } = [];
}
