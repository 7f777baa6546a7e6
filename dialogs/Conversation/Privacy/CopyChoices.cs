using HelpBot.Privacy;

namespace HelpBot.Dialogs.Conversation.Privacy;

/// <summary>Decides how each value in a copy of checked text is rewritten (see <see cref="FlaggedValueScrubber"/>).</summary>
internal static class CopyChoices
{
    /// <summary>
    /// Returns the findings to rewrite in <paramref name="copy"/>, by reference, each with its choice: the
    /// reviewed findings of every field part found in the copy, moved to the part's place, then the copy's own
    /// findings.
    /// </summary>
    public static Dictionary<PiiFinding, RedactionChoice> For(
        FieldFindings copy,
        IReadOnlyList<(FieldFindings Field, PiiFinding Finding, int Index)> numbered,
        Func<int, PiiFinding, RedactionChoice> choose)
    {
        var choices = new Dictionary<PiiFinding, RedactionChoice>(ReferenceEqualityComparer.Instance);
        var moved = new List<(PiiFinding Finding, RedactionChoice Choice)>();
        foreach (var group in numbered.GroupBy(n => n.Field))
        {
            foreach (var part in FieldCopyLocator.Locate(group.Key.Text, copy.Text))
            {
                foreach (var (_, finding, index) in group.Where(n => part.Contains(n.Finding.Offset, n.Finding.Length)))
                {
                    var inCopy = finding with { Offset = part.CopyStart + finding.Offset - part.FieldStart };
                    var choice = choose(index, finding);
                    moved.Add((inCopy, choice));
                    choices[inCopy] = choice;
                }
            }
        }

        foreach (var finding in copy.Findings)
        {
            var overlapped = moved.FindIndex(m => m.Finding.Offset < finding.End && finding.Offset < m.Finding.End);
            choices[finding] = overlapped >= 0 ? moved[overlapped].Choice
                : ReportCopies.KeepsUnreviewed(copy.Field, finding) ? RedactionChoice.Keep
                : RedactionChoice.Remove;
        }

        return choices;
    }
}
