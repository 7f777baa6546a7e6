using System.Globalization;
using HelpBot.Cards.Builders;
using HelpBot.Privacy;
using HelpBot.Privacy.Redaction;

namespace HelpBot.Dialogs.Conversation.Privacy;

/// <summary>What the PII review tells the user after a check and after the choices are applied.</summary>
public static class PrivacyReviewMessages
{
    /// <summary>The remote check failed and the local check found nothing.</summary>
    public const string FallbackNothingFound =
        "The online privacy check (Azure AI Language) was unavailable, so I used HelpBot's built-in check. It found no personal information in your answers.";

    /// <summary>
    /// Returns the warning that an answer contained a password, naming the Service Center when
    /// <paramref name="forCall"/> is true (a report that goes by phone) and the help desk otherwise.
    /// </summary>
    public static string PasswordRemoved(bool forCall) =>
        $"One answer contained a password. I removed it: never share a password, not even with {(forCall ? "the Service Center" : "the help desk")}.";

    /// <summary>
    /// Returns what was done, and what the user must do for the kept findings: send the e-mail encrypted, or,
    /// when <paramref name="forCall"/> is true (a report that goes by phone), use them on the call only.
    /// </summary>
    public static string Summary(IReadOnlyList<FieldFindings> fields, ReviewAnswer answer, IReadOnlyList<KeptFinding> kept, bool forCall = false)
    {
        ArgumentNullException.ThrowIfNull(fields);
        ArgumentNullException.ThrowIfNull(answer);
        ArgumentNullException.ThrowIfNull(kept);
        var parts = new List<string> { Done(fields, answer) };
        var identifiers = Labels(kept, PiiTier.Identifier);
        if (identifiers.Count > 0)
        {
            parts.Add(forCall
                ? $"You kept {string.Join(", ", identifiers)}, so the call checklist shows it. Read it to the representative on the call, and never type it into a chat or a message."
                : $"You kept {string.Join(", ", identifiers)}, so you must send the e-mail encrypted; the draft says so. Type 'how do I encrypt' for the steps.");
        }

        var details = Labels(kept, PiiTier.LinkedDetail);
        if (details.Count > 0)
        {
            var desk = forCall ? "the Service Center" : "the help desk";
            parts.Add($"Also kept: {string.Join(", ", details)}. These are personal when linked to the client, so leave them in only if {desk} needs them.");
        }

        return string.Join(" ", parts);
    }

    private static string Done(IReadOnlyList<FieldFindings> fields, ReviewAnswer answer) => answer.Action switch
    {
        CardActionNames.RemoveAll => RemovedAll(fields),
        CardActionNames.KeepAllEncrypted => "I kept the personal information.",
        _ => Counted(answer.Choices),
    };

    // Names the labels "remove all" wrote, one per category found, such as "the labels [NAME] and [SSN]".
    private static string RemovedAll(IReadOnlyList<FieldFindings> fields)
    {
        var labels = fields.SelectMany(f => f.Findings).Select(f => PiiPlaceholders.For(f.Category)).Distinct().ToList();
        return labels.Count switch
        {
            0 => "I removed the personal information.",
            1 => $"I replaced the personal information with the label {labels[0]}.",
            _ => $"I replaced the personal information with the labels {string.Join(", ", labels[..^1])} and {labels[^1]}.",
        };
    }

    private static string Counted(IReadOnlyList<ReviewChoice> choices)
    {
        var counts = new List<string>();
        Add(counts, choices, RedactionDecision.Remove, "removed");
        Add(counts, choices, RedactionDecision.Mask, "masked");
        Add(counts, choices, RedactionDecision.Edit, "replaced");
        return counts.Count == 0 ? "I applied your choices." : $"I applied your choices: {string.Join(", ", counts)}.";
    }

    private static void Add(List<string> counts, IReadOnlyList<ReviewChoice> choices, RedactionDecision decision, string verb)
    {
        var count = choices.Count(c => c.Decision == decision);
        if (count > 0)
        {
            // The count comes after the verb, so it does not read as a finding's number in the review list.
            counts.Add(string.Create(CultureInfo.InvariantCulture, $"{verb} {count} {(count == 1 ? "finding" : "findings")}"));
        }
    }

    private static List<string> Labels(IReadOnlyList<KeptFinding> kept, PiiTier tier) =>
        [.. kept.Where(k => k.Tier == tier).Select(k => PiiCategoryLabels.For(k.Category)).Distinct()];
}
