namespace HelpBot.Domain.Content;

/// <summary>A host name that identifies a system.</summary>
public sealed class KnownHost : SourcedFact
{
    /// <summary>Lower-case host name without scheme, port or trailing dot, such as <c>peak.my.site.com</c>.</summary>
    public string Host { get; set; } = string.Empty;

    /// <summary>One of <see cref="HostRoles"/>.</summary>
    public string Role { get; set; } = HostRoles.Current;

    /// <summary>True when every subdomain of <see cref="Host"/> belongs to the system as well.</summary>
    public bool IncludeSubdomains { get; set; }

    /// <summary>
    /// Path the address must start with (case-insensitive), such as <c>/peak</c> on <c>co.gov</c>;
    /// null when any path on the host belongs to the system.
    /// </summary>
    public string? PathPrefix { get; set; }

    /// <summary>Paths seen on this host, kept for reference and for page names.</summary>
    public List<string> ExamplePaths { get; set; } = [];
}
