namespace HelpBot.PiiEval;

/// <summary>
/// A span as presidio-research compares it: a run of tokens of one type, measured from its first to its
/// last token that is not a skip word.
/// </summary>
/// <param name="Type">Entity type or category.</param>
/// <param name="Start">Start of the first token that is not a skip word.</param>
/// <param name="End">End of the last token that is not a skip word.</param>
/// <param name="FirstToken">Index of the span's first token.</param>
/// <param name="EndToken">Index just past the span's last token.</param>
public sealed record EvalSpan(string Type, int Start, int End, int FirstToken, int EndToken);
