namespace HelpBot.Domain.Content;

/// <summary>A host that is sometimes named for a system but is not confirmed, so it is treated as unknown.</summary>
public sealed class UnknownHost : SourcedFact
{
    public string Host { get; set; } = string.Empty;

    /// <summary>Why the host is not trusted, in a sentence the bot can show.</summary>
    public string Reason { get; set; } = string.Empty;
}
