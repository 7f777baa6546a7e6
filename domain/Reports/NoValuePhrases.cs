namespace HelpBot.Domain.Reports;

/// <summary>
/// Regular-expression phrases stating that a report value does not exist yet or is not known. The field questions accept
/// them as a whole answer (<see cref="FieldRules"/>) and the first message is read for them
/// (<see cref="ProblemReader"/>), so both understand the same wording. Patterns are for
/// case-insensitive matching and accept straight and curly apostrophes.
/// </summary>
internal static class NoValuePhrases
{
    private const string Not = @"(?:n['’]?t|\s+not)";

    // "no", "without a", "don't have a", "doesn't have any", "haven't got a", "has no", "there is no", "there isn't a".
    private const string Lacks =
        @"(?:no|without(?:\s+an?)?" +
        @"|(?:do|does|did)" + Not + @"\s+(?:have|get|got)(?:\s+an?|\s+any)?" +
        @"|(?:have|has)" + Not + @"\s+(?:got|been\s+given|received)(?:\s+an?|\s+any)?" +
        @"|(?:has|have|had)\s+no" +
        @"|there(?:['’]s|\s+is|\s+was)\s+no" +
        @"|there\s+(?:is|was)" + Not + @"(?:\s+an?|\s+any)?)";

    /// <summary>
    /// "no case number yet", "no CBMS case number", "we don't have a case number", "case number: none",
    /// "case # not yet".
    /// </summary>
    public const string NoCaseNumber =
        @"(?:" + Lacks + @"\s*(?:cbms\s+)?case\s*(?:number|no\.?|#)s?" +
        @"|case\s*(?:number|no\.?|#)\s*(?:is\s+|:\s*|-\s*)?(?:none|not\s+yet|n/a))";

    /// <summary>"no screenshot", "without a screenshot", "we don't have a screenshot", "couldn't take a screenshot".</summary>
    public const string NoScreenshot =
        @"(?:" + Lacks + @"|(?:could|ca|did)" + Not + @"\s+(?:take|get|make)(?:\s+an?|\s+any)?|cannot\s+(?:take|get|make)(?:\s+an?|\s+any)?)" +
        @"\s*screen[\s-]?shots?";

    /// <summary>
    /// "don't know", "I do not know it", "doesn't know", "not sure", "unknown", "no idea", "I forgot it",
    /// "can't remember": the user does not know the value.
    /// </summary>
    public const string NotKnown =
        @"(?:(?:(?:i|we|they)\s+)?(?:(?:do|does|did)" + Not + @"\s+(?:know|remember)|(?:ca|could)" + Not + @"\s+remember|cannot\s+remember|forgot)" +
        @"|(?:i['’]?m\s+|i\s+am\s+|we['’]?re\s+|we\s+are\s+)?not\s+sure|unknown|not\s+known|no\s+idea|dunno)";
}
