using System.Globalization;

namespace HelpBot.Dialogs.Conversation.Privacy;

/// <summary>
/// Composes the one reply that names every fault in <see cref="ReviewFaults"/>. It names findings by number
/// and category and typed parts by position, and never repeats the user's text, which may contain personal information.
/// </summary>
public static class ReviewFaultMessage
{
    /// <summary>
    /// Returns one sentence per kind of fault: the password note, replacements that contain personal information,
    /// empty edits, numbers the review does not list, parts not understood, card values that are no choice and
    /// findings still to choose. Then
    /// "Your other choices are kept." follows when <see cref="ReviewFaults.KeptChoices"/> is above 0.
    /// </summary>
    public static string Compose(ReviewFaults faults, int findingCount)
    {
        ArgumentNullException.ThrowIfNull(faults);
        var sentences = new List<string>();
        if (faults.PasswordChoices.Count > 0)
        {
            sentences.Add(faults.PasswordChoices.Count == 1
                ? $"Passwords are always removed, so your choice for {Describe(faults.PasswordChoices)} does not apply."
                : $"Passwords are always removed, so your choices for {Describe(faults.PasswordChoices)} do not apply.");
        }

        if (faults.PersonalReplacements.Count > 0)
        {
            var categories = JoinWithAnd(faults.ReplacementCategories);
            sentences.Add(faults.PersonalReplacements.Count == 1
                ? $"The new text for {Describe(faults.PersonalReplacements)} still contains personal information ({categories}), so type it without that or choose remove."
                : $"The new texts for {Describe(faults.PersonalReplacements)} still contain personal information ({categories}), so type them without that or choose remove.");
        }

        if (faults.EmptyEdits.Count > 0)
        {
            var example = Number(faults.EmptyEdits[0].Index + 1);
            sentences.Add($"To replace {Describe(faults.EmptyEdits)}, type the new text, such as 'edit {example}: the client'.");
        }

        if (faults.MissingNumbers.Count > 0)
        {
            sentences.Add(MissingNumbers(faults.MissingNumbers, findingCount));
        }

        if (faults.NotUnderstood.Count > 0)
        {
            sentences.Add(NotUnderstood(faults.NotUnderstood));
        }

        if (faults.InvalidChoices.Count > 0)
        {
            sentences.Add($"The card sent a value that is no choice for {Describe(faults.InvalidChoices)}. Pick remove, mask, edit or keep.");
        }

        if (faults.Unchosen.Count > 0)
        {
            var example = Number(faults.Unchosen[0].Index + 1);
            sentences.Add($"Still to choose: {Describe(faults.Unchosen)}, for example by typing 'remove {example}' or 'mask {example}'.");
        }

        if (faults.KeptChoices > 0)
        {
            sentences.Add("Your other choices are kept.");
        }

        return string.Join(" ", sentences);
    }

    private static string MissingNumbers(List<int> numbers, int findingCount)
    {
        var listed = findingCount == 1 ? "only number 1" : $"1 to {Number(findingCount)}";
        var missing = JoinWithAnd([.. numbers.Distinct().Order().Select(Number)]);
        return numbers.Distinct().Count() == 1
            ? $"There is no number {missing} in the review, which lists {listed}."
            : $"There are no numbers {missing} in the review, which lists {listed}.";
    }

    // "Line 2 was not understood.", "Lines 2 and 4 were not understood." or, when semicolons split a line,
    // "Part 2 of line 1 was not understood.", with the reason when a part is "remove" or "keep" alone.
    private static string NotUnderstood(List<TextPosition> positions)
    {
        string subject;
        if (positions.Count > 1 && positions.TrueForAll(p => p.Part is null))
        {
            subject = "Lines " + JoinWithAnd([.. positions.Select(p => Number(p.Line))]);
        }
        else
        {
            var named = JoinWithAnd([.. positions.Select(Position)]);
            subject = char.ToUpperInvariant(named[0]) + named[1..];
        }

        var verb = positions.Count == 1 ? "was" : "were";
        return positions.Exists(p => p.IsVerbOnly)
            ? $"{subject} {verb} not understood, because 'remove' or 'keep' alone applies to every finding only as the whole answer, "
                + "so add a number on a line with other choices, such as 'remove 1'."
            : $"{subject} {verb} not understood.";
    }

    private static string Position(TextPosition position) => position.Part is { } part
        ? $"part {Number(part)} of line {Number(position.Line)}"
        : $"line {Number(position.Line)}";

    private static string Describe(List<NamedFinding> findings) => JoinWithAnd([.. findings.Select(f => f.Description)]);

    private static string Number(int number) => number.ToString(CultureInfo.InvariantCulture);

    // "a", "a and b", "a, b and c".
    private static string JoinWithAnd(List<string> items) => items.Count switch
    {
        0 => "",
        1 => items[0],
        _ => $"{string.Join(", ", items[..^1])} and {items[^1]}",
    };
}
