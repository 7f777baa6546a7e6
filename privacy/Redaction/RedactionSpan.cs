namespace HelpBot.Privacy.Redaction;

/// <summary>One stretch of text to rewrite: the union of overlapping findings and the decision for it.</summary>
internal readonly record struct RedactionSpan(int Start, int End, RedactionDecision Decision, string Category, string? Replacement = null)
{
    /// <summary>
    /// Sorts the findings, clamps them to the text, widens edges that split a surrogate pair and merges
    /// overlapping or touching findings into spans in text order.
    /// </summary>
    public static List<RedactionSpan> Group(
        string text, IReadOnlyList<PiiFinding> findings, Func<PiiFinding, RedactionChoice> decide)
    {
        var ordered = findings
            .Where(f => f.Length > 0 && f.Offset < text.Length && f.End > 0)
            .OrderBy(f => f.Offset)
            .ToList();
        var spans = new List<RedactionSpan>(ordered.Count);
        PiiFinding? leader = null;
        var current = default(RedactionSpan);
        foreach (var finding in ordered)
        {
            var start = WidenStart(text, Math.Max(0, finding.Offset));
            var end = WidenEnd(text, Math.Min(text.Length, finding.End));
            var choice = DecisionFor(finding, decide);
            var decision = choice.Decision;
            if (leader is not null && start <= current.End)
            {
                var leaderChoice = DecisionFor(leader, decide);
                if (Outranks(finding, decision, leader, leaderChoice.Decision))
                {
                    leader = finding;
                    leaderChoice = choice;
                }

                current = new RedactionSpan(
                    current.Start, Math.Max(current.End, end), Stricter(current.Decision, decision), leader.Category, leaderChoice.Replacement);
                continue;
            }

            if (leader is not null)
            {
                spans.Add(current);
            }

            leader = finding;
            current = new RedactionSpan(start, end, decision, finding.Category, choice.Replacement);
        }

        if (leader is not null)
        {
            spans.Add(current);
        }

        return spans;
    }

    /// <summary>Returns the choice for <paramref name="finding"/>; a password is always removed.</summary>
    public static RedactionChoice DecisionFor(PiiFinding finding, Func<PiiFinding, RedactionChoice> decide) =>
        finding.Category == PiiCategories.Password ? RedactionChoice.Remove : decide(finding);

    // Remove beats Edit, Edit beats Mask, and Mask beats Keep.
    private static RedactionDecision Stricter(RedactionDecision first, RedactionDecision second) =>
        Rank(first) >= Rank(second) ? first : second;

    private static int Rank(RedactionDecision decision) => decision switch
    {
        RedactionDecision.Remove => 3,
        RedactionDecision.Edit => 2,
        RedactionDecision.Mask => 1,
        _ => 0,
    };

    // The placeholder comes from the finding with the strictest decision (a password wins), then the
    // higher tier, then the higher score.
    private static bool Outranks(
        PiiFinding candidate, RedactionDecision candidateDecision, PiiFinding leader, RedactionDecision leaderDecision)
    {
        if (candidateDecision != leaderDecision)
        {
            return Rank(candidateDecision) > Rank(leaderDecision);
        }

        return candidate.Tier != leader.Tier ? candidate.Tier > leader.Tier : candidate.Score > leader.Score;
    }

    private static int WidenStart(string text, int start) =>
        start > 0 && start < text.Length && char.IsLowSurrogate(text[start]) && char.IsHighSurrogate(text[start - 1])
            ? start - 1
            : start;

    private static int WidenEnd(string text, int end) =>
        end > 0 && end < text.Length && char.IsHighSurrogate(text[end - 1]) && char.IsLowSurrogate(text[end])
            ? end + 1
            : end;
}
