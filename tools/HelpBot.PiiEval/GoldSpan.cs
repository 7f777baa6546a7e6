namespace HelpBot.PiiEval;

/// <summary>A labelled PII span: a <see cref="HelpBot.Privacy.PiiCategories"/> value, offset and length in UTF-16 code units.</summary>
public sealed record GoldSpan(string Category, int Offset, int Length)
{
    /// <summary>Index just past the span.</summary>
    public int End => Offset + Length;
}
