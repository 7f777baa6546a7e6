using System.Text.RegularExpressions;
using HelpBot.Privacy.Recognizers.Triggers;

namespace HelpBot.Privacy.Recognizers;

/// <summary>
/// Finds health information (PHI): conditions, diagnoses, disability, pregnancy, medications,
/// treatments and care visits. Program and plan words ("Connect for Health", "health plan",
/// "Medicaid", "coverage") are not PHI on their own and are not matched.
/// </summary>
public sealed partial class HealthInformationRecognizer : PatternRecognizer
{
    // Word starts that every match of TreatmentRegex contains, the trigger of that pattern.
    private static readonly TriggerWords TreatmentWords = PiiPattern.AnyWordOf(
        "chemo", "radiation", "dialysis", "insulin", "inhaler", "meds", "medication", "prescription", "surger",
        "transplant", "therapy", "rehab", "detox", "methadone", "suboxone", "hospital", "emergency", "urgent", "icu",
        "hospice", "nursing", "home");

    // Word starts that every match of ConditionRegex contains, the trigger of that pattern.
    private static readonly TriggerWords ConditionWords = PiiPattern.AnyWordOf(
        "diabet", "cancer", "tumo", "leukemia", "asthma", "copd", "hiv", "hepatitis", "epilep", "seizure", "depression",
        "anxiety", "bipolar", "schizophreni", "ptsd", "autis", "adhd", "dementia", "alzheimer", "parkinson", "stroke",
        "heart", "hypertension", "blood", "kidney", "renal", "liver", "cirrhosis", "sclerosis", "palsy", "syndrome",
        "sickle", "fibrosis", "arthritis", "lupus", "tuberculosis", "pneumonia", "chronic", "terminally", "disabilit",
        "disabled", "wheelchair", "paralyzed", "amputee", "eating", "substance", "addiction", "alcoholism", "opioid",
        "overdose", "mental", "behavioral", "psychiatric", "suicidal", "diagnos");

    private static readonly PiiPattern[] Patterns =
    [
        new("Condition or diagnosis", ConditionRegex(), 0.7) { Trigger = ConditionWords },
        new("Pregnancy", PregnancyRegex(), 0.7) { Trigger = PiiPattern.AnyWordOf("pregnan", "prenatal", "postpartum", "miscarriage", "expecting") },
        new("Treatment or medication", TreatmentRegex(), 0.65) { Trigger = TreatmentWords },
        new("Care visit", VisitRegex(), 0.65) { Trigger = PiiPattern.AnyWordOf("visit", "appointment", "treatment", "session", "cardiologist", "oncologist", "neurologist", "psychiatrist", "therapist") },
    ];

    /// <summary>Creates the recognizer.</summary>
    public HealthInformationRecognizer()
        : base(PiiCategories.HealthInformation, PiiTier.Identifier, Patterns)
    {
    }

    // Accepts named physical and mental conditions, diagnoses and disabilities (diabetes, seizures,
    // mental health, heart disease, disabled, ...; any case), each optionally followed by words such as
    // "meds", "medication", "visits" or "treatment" that belong to the same finding.
    [GeneratedRegex(@"\b(?:diabet(?:es|ic)|cancer|tumou?rs?|leukemia|asthma|copd|hiv|hepatitis|epilep(?:sy|tic)|seizures?|depression|anxiety|bipolar|schizophreni[ac]|ptsd|autis(?:m|tic)|adhd|dementia|alzheimer'?s|parkinson'?s|strokes?|heart\s+(?:attack|disease|failure|condition|surgery)|hypertension|high\s+blood\s+pressure|kidney\s+(?:disease|failure)|renal\s+failure|liver\s+disease|cirrhosis|multiple\s+sclerosis|cerebral\s+palsy|down\s+syndrome|sickle\s+cell|cystic\s+fibrosis|arthritis|lupus|tuberculosis|pneumonia|chronic\s+(?:pain|illness|condition)|terminally\s+ill|disabilit(?:y|ies)|disabled|wheelchair|paralyzed|amputee|eating\s+disorder|substance\s+(?:use|abuse)|addiction|alcoholism|opioids?|overdosed?|mental\s+(?:health|illness)|behavioral\s+health|psychiatric|suicidal|diagnos(?:is|ed|es))(?:\s+(?:meds|medications?|visits?|appointments?|treatments?|therapy|care|diagnosis|specialist|doctor))*\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, RegexTimeouts.Milliseconds)]
    private static partial Regex ConditionRegex();

    // Accepts pregnancy words (pregnant, pregnancy, prenatal care, postpartum, miscarriage; any case).
    [GeneratedRegex(@"\b(?:pregnan(?:t|cy)|prenatal(?:\s+(?:care|visits?|appointments?|vitamins))?|postpartum(?:\s+care)?|miscarriage|expecting\s+a\s+baby)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, RegexTimeouts.Milliseconds)]
    private static partial Regex PregnancyRegex();

    // Accepts treatments and medication words (chemo, dialysis, insulin, meds, prescriptions, surgery,
    // rehab, hospitalized, ...; any case).
    [GeneratedRegex(@"\b(?:chemo(?:therapy)?|radiation\s+(?:therapy|treatments?)|dialysis|insulin|inhalers?|meds|medications?|prescriptions?|surger(?:y|ies)|transplant|(?:physical|occupational|speech)\s+therapy|rehab|detox|methadone|suboxone|hospitali[sz](?:ed|ation)|in\s+the\s+hospital|emergency\s+room|urgent\s+care|icu|hospice|nursing\s+home|home\s+health\s+care)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, RegexTimeouts.Milliseconds)]
    private static partial Regex TreatmentRegex();

    // Accepts a medical specialty or care word followed by visit, appointment or treatment
    // (cardiology visits, doctor's appointment, therapy sessions; any case), and specialists by title.
    [GeneratedRegex(@"\b(?:(?:cardiology|oncology|neurology|nephrology|dermatology|pediatric|psychiatry|psychiatric|dental|therapy|counseling|specialist|medical|doctor'?s?|dr\.?|clinic|er)\s+(?:visits?|appointments?|treatments?|sessions?)|cardiologist|oncologist|neurologist|psychiatrist|therapist)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, RegexTimeouts.Milliseconds)]
    private static partial Regex VisitRegex();
}
