using HelpBot.Domain.Reports;
using HelpBot.Privacy;

namespace HelpBot.Dialogs.Conversation.Privacy;

/// <summary>
/// Runs the PII/PHI check over the report's free-text fields and rewrites them as the user chose.
/// The case number is not checked, because the help desk needs it to find the account and its question
/// accepts only case, tracking and authorization numbers. The help desk needs the user name too, so the
/// review shows only its e-mail address and other identifiers, such as a Social Security or phone number.
/// A name is left out because user names often contain one ("dana.testperson"), and a password because
/// the user-name question rejects those.
/// </summary>
public static class ReportPrivacy
{
    private static readonly TextField[] Fields =
    [
        new(ReportFields.Description, r => r.Description, (r, v) => r.Description = v),
        new(ReportFields.ErrorMessage, r => r.ErrorMessage, (r, v) => r.ErrorMessage = v),
        new(ReportFields.Page, r => r.Page, (r, v) => r.Page = v),
        new(ReportFields.StepsTried, r => Join(r.StepsTried), (r, v) => r.StepsTried = Split(v)),
        new(ReportFields.Impact, r => r.Impact, (r, v) => r.Impact = v),
        new(ReportFields.Screenshot, r => Join(r.Screenshots), (r, v) => r.Screenshots = Split(v)),
        new(ReportFields.Os, r => r.Os, (r, v) => r.Os = v),
        new(ReportFields.Device, r => r.Device, (r, v) => r.Device = v),
        new(ReportFields.Browser, r => r.Browser, (r, v) => r.Browser = v),
        new(ReportFields.Username, r => r.Username, (r, v) => r.Username = v)
        {
            Keeps = IsUsernameFinding,
        },
    ];

    /// <summary>
    /// Checks every non-empty checked field with <paramref name="detector"/>, all fields in one call, and
    /// returns the fields that have findings, in field order. In local mode no text leaves the process.
    /// </summary>
    public static async Task<PrivacyCheck> CheckAsync(IssueReport report, IPiiDetector detector, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(detector);
        var texts = Fields
            .Select(field => (Field: field, Text: field.Get(report)))
            .Where(pair => !string.IsNullOrWhiteSpace(pair.Text) && pair.Field.Checks(pair.Text))
            .ToList();
        var results = await detector.DetectManyAsync([.. texts.Select(pair => pair.Text!)], cancellationToken).ConfigureAwait(false);

        var fields = new List<StoredField>();
        for (var i = 0; i < texts.Count; i++)
        {
            var findings = results[i].Findings.Where(texts[i].Field.Keeps).OrderBy(f => f.Offset).Select(StoredFinding.From).ToList();
            if (findings.Count > 0)
            {
                fields.Add(new StoredField(texts[i].Field.Id, texts[i].Text!.Length, findings));
            }
        }

        return new PrivacyCheck(fields, results.Any(r => r.RemoteUnavailable));
    }

    /// <summary>Returns the text of the checked field <paramref name="fieldId"/>, or null when it is empty or not checked.</summary>
    public static string? Read(IssueReport report, string fieldId) =>
        Array.Find(Fields, f => f.Id == fieldId)?.Get(report);

    /// <summary>
    /// Rewrites each field with its findings handled as <paramref name="choose"/> returns for the finding's
    /// number (from 0, across the fields in order). Passwords are removed whatever the choice.
    /// </summary>
    /// <returns>One redaction result per field, in order.</returns>
    public static List<RedactionResult> Apply(
        IssueReport report, IReadOnlyList<FieldFindings> fields, Func<int, PiiFinding, RedactionChoice> choose, IPiiRedactor redactor)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(fields);
        ArgumentNullException.ThrowIfNull(choose);
        ArgumentNullException.ThrowIfNull(redactor);
        var results = new List<RedactionResult>(fields.Count);
        var first = 0;
        foreach (var found in fields)
        {
            var numbers = Number(found, first);
            var result = redactor.Apply(found.Text, found.Findings, finding => choose(numbers[finding], finding));
            Array.Find(Fields, f => f.Id == found.Field)?.Set(report, result.Text);
            results.Add(result);
            first += found.Findings.Count;
        }

        return results;
    }

    /// <summary>
    /// Returns, by field id, the text of each field in which <paramref name="choose"/> keeps a finding, with the
    /// kept findings replaced by their placeholders and the others handled as chosen. Questions that show such a
    /// field again show this text, so they never send a flagged value back.
    /// </summary>
    public static Dictionary<string, string> PlaceholderTexts(
        IReadOnlyList<FieldFindings> fields, Func<int, PiiFinding, RedactionChoice> choose, IPiiRedactor redactor)
    {
        ArgumentNullException.ThrowIfNull(fields);
        ArgumentNullException.ThrowIfNull(choose);
        ArgumentNullException.ThrowIfNull(redactor);
        var texts = new Dictionary<string, string>(StringComparer.Ordinal);
        var first = 0;
        foreach (var found in fields)
        {
            var numbers = Number(found, first);
            var keepsAny = false;
            var text = redactor.Apply(found.Text, found.Findings, finding =>
            {
                var choice = choose(numbers[finding], finding);
                keepsAny |= choice.Decision == RedactionDecision.Keep;
                return choice.Decision == RedactionDecision.Keep ? RedactionChoice.Remove : choice;
            }).Text;
            if (keepsAny)
            {
                texts[found.Field] = text;
            }

            first += found.Findings.Count;
        }

        return texts;
    }

    /// <summary>Returns the categories found in any field, without repeats, in ordinal order.</summary>
    public static List<string> Categories(IEnumerable<FieldFindings> findings) =>
        [.. findings.SelectMany(f => f.Findings).Select(f => f.Category).Distinct().Order(StringComparer.Ordinal)];

    // Numbers the findings of one field from first, by reference, because two findings can be equal records.
    private static Dictionary<PiiFinding, int> Number(FieldFindings found, int first)
    {
        var numbers = new Dictionary<PiiFinding, int>(ReferenceEqualityComparer.Instance);
        for (var i = 0; i < found.Findings.Count; i++)
        {
            numbers[found.Findings[i]] = first + i;
        }

        return numbers;
    }

    private static bool IsUsernameFinding(PiiFinding finding) =>
        finding.Category == PiiCategories.Email
        || (finding.Tier == PiiTier.Identifier && finding.Category is not (PiiCategories.Person or PiiCategories.Password));

    private static string? Join(List<string> values) => values.Count == 0 ? null : string.Join("\n", values);

    private static List<string> Split(string value) => [.. value.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)];

    // A checked field. Checks selects the texts sent to the detector, and Keeps the findings the review
    // shows; both accept everything by default.
    private sealed record TextField(string Id, Func<IssueReport, string?> Get, Action<IssueReport, string> Set)
    {
        public Func<string, bool> Checks { get; init; } = static _ => true;

        public Func<PiiFinding, bool> Keeps { get; init; } = static _ => true;
    }
}
