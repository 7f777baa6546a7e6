using HelpBot.Cards.Builders;
using HelpBot.Privacy;

namespace HelpBot.Dialogs.Conversation.Privacy;

/// <summary>Checks the review's per-finding choices before they are applied.</summary>
public static class ReviewChoiceValidator
{
    /// <summary>
    /// Returns a message naming the identifiers that have no choice and the edits that have no text, or null
    /// when nothing is missing. Passwords need no choice (they are always removed) and linked details
    /// default to keep.
    /// </summary>
    public static string? FindMissing(
        IReadOnlyList<FieldFindings> fields, IReadOnlyList<ReviewChoice> choices, Func<FieldFindings, PiiFinding, int, string> describe)
    {
        ArgumentNullException.ThrowIfNull(fields);
        ArgumentNullException.ThrowIfNull(choices);
        ArgumentNullException.ThrowIfNull(describe);
        var emptyEdits = new List<string>();
        var unchosen = new List<string>();
        foreach (var (field, finding, index) in Number(fields))
        {
            var choice = choices.FirstOrDefault(c => c.Index == index);
            if (finding.Category == PiiCategories.Password || index >= PiiReviewCard.MaxListedFindings)
            {
                continue;
            }

            if (choice is null && finding.Tier == PiiTier.Identifier)
            {
                unchosen.Add(describe(field, finding, index));
            }
            else if (choice is { Decision: RedactionDecision.Edit } && string.IsNullOrWhiteSpace(choice.Replacement))
            {
                emptyEdits.Add(describe(field, finding, index));
            }
        }

        if (emptyEdits.Count > 0)
        {
            return $"To replace {string.Join(", ", emptyEdits)}, type the new text, such as 'edit 1: the client'. Your other choices are kept.";
        }

        return unchosen.Count == 0
            ? null
            : $"I noted your choices. Still to choose: {string.Join(", ", unchosen)}. Type, for example, 'remove 1' or 'mask 1'.";
    }

    /// <summary>
    /// Checks each replacement text with <paramref name="detector"/> and returns a message when one still
    /// contains an identifier, or null when none does.
    /// </summary>
    public static async Task<string?> FindPersonalReplacementAsync(
        IReadOnlyList<FieldFindings> fields, IReadOnlyList<ReviewChoice> choices, IPiiDetector detector,
        Func<FieldFindings, PiiFinding, int, string> describe, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(choices);
        ArgumentNullException.ThrowIfNull(detector);
        ArgumentNullException.ThrowIfNull(describe);
        foreach (var (field, finding, index) in Number(fields))
        {
            if (choices.FirstOrDefault(c => c.Index == index) is not { Decision: RedactionDecision.Edit, Replacement: { Length: > 0 } replacement })
            {
                continue;
            }

            var result = await detector.DetectAsync(replacement, cancellationToken).ConfigureAwait(false);
            if (result.Findings.FirstOrDefault(f => f.Tier == PiiTier.Identifier) is { } found)
            {
                return $"The new text for {describe(field, finding, index)} still contains personal information ({PiiCategoryLabels.For(found.Category)}). " +
                    "Type it without that, or choose remove. Your other choices are kept.";
            }
        }

        return null;
    }

    /// <summary>
    /// Returns a note when <paramref name="choices"/> ask to keep, mask or edit a password, which is always
    /// removed, or null.
    /// </summary>
    public static string? FindPasswordChoice(
        IReadOnlyList<FieldFindings> fields, IReadOnlyList<ReviewChoice> choices, Func<FieldFindings, PiiFinding, int, string> describe)
    {
        ArgumentNullException.ThrowIfNull(choices);
        ArgumentNullException.ThrowIfNull(describe);
        foreach (var (field, finding, index) in Number(fields))
        {
            if (finding.Category == PiiCategories.Password && choices.Any(c => c.Index == index && c.Decision != RedactionDecision.Remove))
            {
                return $"Passwords are always removed, so your choice for {describe(field, finding, index)} does not apply.";
            }
        }

        return null;
    }

    /// <summary>Returns every finding with its number from 0, field by field in order.</summary>
    public static IEnumerable<(FieldFindings Field, PiiFinding Finding, int Index)> Number(IReadOnlyList<FieldFindings> fields)
    {
        ArgumentNullException.ThrowIfNull(fields);
        var index = 0;
        foreach (var field in fields)
        {
            foreach (var finding in field.Findings)
            {
                yield return (field, finding, index++);
            }
        }
    }
}
