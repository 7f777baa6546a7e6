namespace HelpBot.Domain.Content;

/// <summary>A kind of user; certified roles follow their internal processes for the Service Center.</summary>
public sealed class UserRole : SourcedFact
{
    public string Id { get; set; } = string.Empty;

    public string Title { get; set; } = string.Empty;

    public string Description { get; set; } = string.Empty;

    /// <summary>True for roles that contact and escalate to the Service Center through their own organization.</summary>
    public bool FollowsInternalProcess { get; set; }

    /// <summary>Other words for the role that a typed answer may use, such as "CAC" or "broker".</summary>
    public List<string> Synonyms { get; set; } = [];
}
