namespace HelpBot.Domain.Content;

/// <summary>One of the two systems the desk aid covers: its names, addresses and hosts.</summary>
public sealed class SystemContent : SourcedFact
{
    /// <summary>One of <see cref="Systems.SupportSystems"/> (other than unknown).</summary>
    public string Id { get; init; } = string.Empty;

    /// <summary>Short name, such as "PEAK".</summary>
    public string Name { get; init; } = string.Empty;

    public string FullName { get; init; } = string.Empty;

    /// <summary>The start address the bot shows; the desk aid's and newer values are both kept.</summary>
    public Choice<string> Address { get; init; } = new();

    public List<KnownHost> Hosts { get; init; } = [];

    public List<UnknownHost> UnknownHosts { get; init; } = [];

    /// <summary>Names that identify the system in free text.</summary>
    public List<SystemName> Names { get; init; } = [];
}
