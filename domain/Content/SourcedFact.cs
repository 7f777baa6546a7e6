namespace HelpBot.Domain.Content;

/// <summary>
/// Base of every fact in the content file: where it comes from and how far it can be trusted.
/// </summary>
public abstract class SourcedFact
{
    /// <summary>Id of an entry in <see cref="DeskAidContent.Sources"/>; required on every fact.</summary>
    public string Source { get; set; } = string.Empty;

    /// <summary>Confidence the source gives (high, medium-high, medium, low), when it gives one.</summary>
    public string? Confidence { get; set; }

    /// <summary>Date or year the fact was last seen true in its source, such as <c>2026</c>.</summary>
    public string? AsOf { get; set; }

    /// <summary>True when the source gives this fact's web address as plain http, so the validator accepts http for it.</summary>
    public bool AllowHttp { get; set; }

    /// <summary>Editor's note, such as why a value is marked historical or unverified.</summary>
    public string? Note { get; set; }
}
