namespace HelpBot.Domain.Content;

/// <summary>One of the two systems the desk aid covers: its names, addresses and hosts.</summary>
public sealed class SystemContent : SourcedFact
{
    /// <summary>One of <see cref="Systems.SupportSystems"/> (other than unknown).</summary>
    public string Id { get; set; } = string.Empty;

    /// <summary>Short name, such as "PEAK".</summary>
    public string Name { get; set; } = string.Empty;

    public string FullName { get; set; } = string.Empty;

    /// <summary>The start address the bot shows; the desk aid's and newer values are both kept.</summary>
    public Choice<string> Address { get; set; } = new();

    public List<KnownHost> Hosts { get; set; } = [];

    public List<UnknownHost> UnknownHosts { get; set; } = [];

    /// <summary>Names that identify the system in free text.</summary>
    public List<SystemName> Names { get; set; } = [];
}
