using System.Text.RegularExpressions;

namespace HelpBot.Privacy.Recognizers;

/// <summary>
/// Finds statements of Medical Assistance or qualified health plan eligibility status ("was denied for
/// Medicaid", "is eligible for CHP+", "eligibility status is pending"). Plain mentions of a program
/// ("lost Medicaid", "qualified for tax credits") are not matched.
/// </summary>
public sealed partial class EligibilityStatusRecognizer : PatternRecognizer
{
    private static readonly PiiPattern[] Patterns =
    [
        new("Eligibility decision for a program", DecisionRegex(), 0.6) { Trigger = PiiPattern.AnyWordOf("eligible", "ineligible", "approved", "denied", "disenrolled", "terminated") },
        new("Eligibility status with a value", StatusValueRegex(), 0.6) { Trigger = PiiPattern.AnyWordOf("eligibility") },
    ];

    /// <summary>Creates the recognizer.</summary>
    public EligibilityStatusRecognizer()
        : base(PiiCategories.EligibilityStatus, PiiTier.LinkedDetail, Patterns)
    {
    }

    // Accepts a form of "be", "got", "found" or "determined", an optional not/now/still, an optional
    // found/determined/deemed ("was found eligible"), a decision
    // (eligible, ineligible, approved, denied, disenrolled, terminated), an optional "for" and a
    // program (Medicaid, Health First Colorado, CHP+, Medical Assistance, APTC, QHP, cost-sharing
    // reductions, subsidies); any case.
    [GeneratedRegex(@"\b(?:is|was|are|were|been|be|got|found|determined|deemed)\s+(?:not\s+|now\s+|still\s+)?(?:found\s+|determined\s+|deemed\s+)?(?:eligible|ineligible|approved|denied|disenrolled|terminated)\s+(?:for\s+|from\s+)?(?:Medicaid|Health\s+First\s+Colorado|CHP\+?|Medical\s+Assistance|APTC|an?\s+QHP|QHP|(?:a\s+)?qualified\s+health\s+plan|subsidies|cost[\s\-]sharing\s+reductions|CSRs?)(?!\w)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, RegexTimeouts.Milliseconds)]
    private static partial Regex DecisionRegex();

    // Accepts "(Medicaid|CHP+|QHP|APTC|Medical Assistance) eligibility (status)" or "eligibility
    // status", then is, was, shows, says or a colon, and one word (any case).
    [GeneratedRegex(@"\b(?:(?:Medicaid|CHP\+?|QHP|APTC|Medical\s+Assistance)\s+eligibility(?:\s+status)?|eligibility\s+status)\s*(?:is|was|shows|says|:)\s*[A-Za-z]+", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, RegexTimeouts.Milliseconds)]
    private static partial Regex StatusValueRegex();
}
