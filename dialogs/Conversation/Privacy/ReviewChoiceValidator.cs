using HelpBot.Cards.Builders;
using HelpBot.Privacy;
using HelpBot.Privacy.Redaction;

namespace HelpBot.Dialogs.Conversation.Privacy;

/// <summary>Checks the review's per-finding choices before they are applied.</summary>
public static class ReviewChoiceValidator
{
    /// <summary>
    /// Returns every fault in the <paramref name="saved"/> choices: replacements in which
    /// <paramref name="detector"/> finds an identifier, edits without text and listed identifiers without a
    /// choice. It also notes the <paramref name="answered"/> choices that keep, mask or edit a password, because
    /// passwords are always removed and need no choice. Linked details default to keep, and findings past
    /// <see cref="PiiReviewCard.MaxListedFindings"/> to remove, so neither needs a choice.
    /// </summary>
    public static async Task<ReviewFaults> FindFaultsAsync(
        IReadOnlyList<FieldFindings> fields, IReadOnlyList<ReviewChoice> saved, IReadOnlyList<ReviewChoice> answered,
        IPiiDetector detector, Func<FieldFindings, PiiFinding, int, string> describe, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(saved);
        ArgumentNullException.ThrowIfNull(answered);
        ArgumentNullException.ThrowIfNull(detector);
        ArgumentNullException.ThrowIfNull(describe);
        var faults = new ReviewFaults();
        foreach (var (field, finding, index) in Number(fields))
        {
            var named = new NamedFinding(index, describe(field, finding, index));
            var choice = saved.FirstOrDefault(c => c.Index == index);
            if (finding.Category == PiiCategories.Password)
            {
                if (answered.Any(c => c.Index == index && c.Decision != RedactionDecision.Remove))
                {
                    faults.PasswordChoices.Add(named);
                }
            }
            else if (choice is null)
            {
                if (finding.Tier == PiiTier.Identifier && index < PiiReviewCard.MaxListedFindings)
                {
                    faults.Unchosen.Add(named);
                }
            }
            else if (await CheckChoiceAsync(faults, named, choice, detector, cancellationToken).ConfigureAwait(false))
            {
                faults.KeptChoices++;
            }
        }

        return faults;
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

    // Adds the fault of an edit's replacement text to faults. Returns true when the choice has no fault.
    private static async Task<bool> CheckChoiceAsync(
        ReviewFaults faults, NamedFinding named, ReviewChoice choice, IPiiDetector detector, CancellationToken cancellationToken)
    {
        if (choice.Decision != RedactionDecision.Edit)
        {
            return true;
        }

        if (string.IsNullOrWhiteSpace(choice.Replacement))
        {
            // Only listed findings are checked for an empty edit, because the card has text inputs for those only.
            if (named.Index >= PiiReviewCard.MaxListedFindings)
            {
                return true;
            }

            faults.EmptyEdits.Add(named);
            return false;
        }

        var result = await detector.DetectAsync(choice.Replacement, cancellationToken).ConfigureAwait(false);
        var identifierFindings = result.Findings.Where(f => f.Tier == PiiTier.Identifier).ToList();
        var identifiers = identifierFindings.Select(f => PiiCategoryLabels.For(f.Category)).ToList();
        if (identifiers.Count == 0)
        {
            return true;
        }

        foreach (var finding in identifierFindings)
        {
            faults.ReplacementIdentifiers.TryAdd(choice.Replacement.Substring(finding.Offset, finding.Length), PiiPlaceholders.For(finding.Category));
        }

        faults.PersonalReplacements.Add(named);
        faults.ReplacementCategories.AddRange(identifiers.Where(label => !faults.ReplacementCategories.Contains(label)).Distinct());
        return false;
    }
}
