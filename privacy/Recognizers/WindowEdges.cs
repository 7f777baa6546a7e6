namespace HelpBot.Privacy.Recognizers;

/// <summary>Whether a context window's first or last character continues a word of the text around it.</summary>
/// <param name="CutAtStart">True when the character before the window is a letter or digit.</param>
/// <param name="CutAtEnd">True when the character after the window is a letter or digit.</param>
internal readonly record struct WindowEdges(bool CutAtStart, bool CutAtEnd);
