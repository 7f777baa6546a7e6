namespace HelpBot.Domain.Content;

/// <summary>One rule the content file breaks.</summary>
/// <param name="Path">JSON path of the entry, such as <c>tips[1].source</c>.</param>
/// <param name="Message">The problem in a sentence that names the entry.</param>
internal sealed record ContentProblem(string Path, string Message);
