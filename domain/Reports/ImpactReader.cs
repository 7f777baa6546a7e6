using System.Text.RegularExpressions;

namespace HelpBot.Domain.Reports;

/// <summary>
/// Reads the consequence of a problem: a coverage gap, benefits ending, missed care, medication
/// due, an enrollment that could not be completed, or a step the client cannot take before its due
/// date. A deadline alone ("today is the last day") is not a consequence yet.
/// </summary>
internal static partial class ImpactReader
{
    // Each alternative is a consequence for the client or the application.
    [GeneratedRegex(@"\b(?:gap\s+in\s+(?:her|his|their|the)?\s*coverage|coverage\s+gap|(?:a|any)\s+gap\b|(?:lost|lose|losing|loses)\s+(?:her|his|their|the)?\s*(?:medicaid|chp\+?|coverage|benefits|insurance|snap)|(?:benefits|coverage|medicaid|snap)\s+(?:will\s+)?(?:end|ends|ending|stop|stops|lapse|lapses|terminate|terminates|run\s+out)|without\s+(?:coverage|insurance|benefits)|no\s+(?:coverage|insurance)|miss(?:ing|ed|es)?\s+(?:\w+\s+){0,2}(?:visits?|appointments?|care|treatment|surgery|doses?)|(?:meds|medications?|medicines?|prescriptions?|refills?|insulin)\b[^.!?]{0,30}\b(?:due|run(?:ning)?\s+out|needed|expire)|(?:can't|cannot|can\s+not|couldn't|could\s+not|unable\s+to|wasn't\s+able\s+to|not\s+able\s+to)\s+(?:\w+\s+)?(?:enroll|complete|finish|submit|apply|pick\s+a\s+plan|get\s+(?:care|coverage|seen))|(?:can't|cannot|can\s+not|couldn't|could\s+not|unable\s+to|wasn't\s+able\s+to|not\s+able\s+to)\b[^.!?]{0,60}?\b(?:before|by)\s+(?:the\s+|its\s+|her\s+|his\s+|their\s+)?(?:due\s+date|deadline)|miss(?:es|ed|ing)?\s+the\s+(?:due\s+date|deadline))",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, RegexLimits.TimeoutMilliseconds)]
    private static partial Regex Consequence();

    // Health words that make an impact medically urgent.
    [GeneratedRegex(@"\b(?:medically\s+urgent|urgent|emergency|meds|medications?|prescriptions?|insulin|seizures?|surgery|chemo|dialysis|cardiology|cancer|pregnan\w*)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, RegexLimits.TimeoutMilliseconds)]
    private static partial Regex HealthUrgency();

    /// <summary>Returns the sentences that state consequences, joined; null when none does.</summary>
    public static string? Read(string text)
    {
        var sentences = TextSentences.Split(text).Where(sentence => Consequence().IsMatch(sentence)).ToList();
        return sentences.Count == 0 ? null : string.Join(" ", sentences);
    }

    /// <summary>True when the impact involves health care or medication.</summary>
    public static bool IsMedicallyUrgent(string impact) => HealthUrgency().IsMatch(impact);
}
