namespace HelpBot.Privacy;

/// <summary>A finding the user kept in the text: its category and tier, never its value.</summary>
public sealed record KeptFinding(string Category, PiiTier Tier);
