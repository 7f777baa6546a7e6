namespace HelpBot.PiiEval;

/// <summary>One token of a sample text, as <see cref="EvalTokenizer"/> cuts it.</summary>
/// <param name="Start">Index of the first character.</param>
/// <param name="End">Index just past the token.</param>
public readonly record struct EvalToken(int Start, int End);
