namespace HelpBot.Domain.Content;

/// <summary>A document or page that facts in the content file cite by <see cref="Id"/>.</summary>
public sealed class ContentSource
{
    public string Id { get; set; } = string.Empty;

    public string Title { get; set; } = string.Empty;

    public string? Publisher { get; set; }

    /// <summary>Publication date or year as the source gives it.</summary>
    public string? Published { get; set; }

    public string? Url { get; set; }

    /// <summary>True when <see cref="Url"/> is published over plain http, so the validator accepts http for it.</summary>
    public bool AllowHttp { get; set; }
}
