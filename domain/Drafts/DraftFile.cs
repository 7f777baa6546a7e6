namespace HelpBot.Domain.Drafts;

/// <summary>A file to attach to the .eml draft: an uploaded screenshot whose bytes the bot has.</summary>
/// <param name="Name">The file name as the draft lists it, after the PII review.</param>
/// <param name="ContentType">The media type, such as <c>image/png</c>.</param>
/// <param name="Content">The file's bytes.</param>
public sealed record DraftFile(string Name, string ContentType, byte[] Content);
