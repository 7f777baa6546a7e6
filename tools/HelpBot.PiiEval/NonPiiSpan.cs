namespace HelpBot.PiiEval;

/// <summary>A labelled value that is not PII, such as a case number ("CaseNumber") or a help desk phone number ("HelpDesk").</summary>
public sealed record NonPiiSpan(string Kind, int Offset, int Length)
{
    /// <summary>Index just past the span.</summary>
    public int End => Offset + Length;
}
