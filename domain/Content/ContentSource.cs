namespace HelpBot.Domain.Content;

/// <summary>A document or page that facts in the content file cite by <see cref="Id"/>.</summary>
public sealed class ContentSource
{
    public string Id { get; init; } = string.Empty;

    public string Title { get; init; } = string.Empty;

    public string? Publisher { get; init; }

    /// <summary>Publication date or year as the source gives it.</summary>
    public string? Published { get; init; }

    public string? Url { get; init; }

    /// <summary>True when <see cref="Url"/> is published over plain http, so the validator accepts http for it.</summary>
    public bool AllowHttp { get; init; }
}
