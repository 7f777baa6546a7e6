namespace HelpBot.Domain.Drafts;

/// <summary>Something to describe on the call, with the user's answer when the report has one.</summary>
/// <param name="Id">Item id from the content file.</param>
/// <param name="Text">What to describe.</param>
/// <param name="Answer">The user's answer, or null when still unknown.</param>
public sealed record ChecklistItem(string Id, string Text, string? Answer);
