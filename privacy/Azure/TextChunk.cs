namespace HelpBot.Privacy.Azure;

/// <summary>A part of a text sent as one document; <see cref="Start"/> is its offset in the whole text in UTF-16 code units.</summary>
internal readonly record struct TextChunk(int Start, string Text);
