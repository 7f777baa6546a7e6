using HelpBot.Domain.Reports;
using HelpBot.Privacy;

namespace HelpBot.Dialogs.Conversation.Privacy;

/// <summary>
/// Runs the PII/PHI check over the report's free-text fields and rewrites them as the user decides.
/// The user name and the case number are not checked: the help desk needs both to find the account.
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
    ];

    /// <summary>Returns the findings of every checked field that has any, in field order.</summary>
    public static List<FieldFindings> Analyze(IssueReport report, IPiiAnalyzer analyzer)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(analyzer);
        var result = new List<FieldFindings>();
        foreach (var field in Fields)
        {
            var text = field.Get(report);
            if (string.IsNullOrWhiteSpace(text))
            {
                continue;
            }

            var findings = analyzer.Analyze(text);
            if (findings.Count > 0)
            {
                result.Add(new FieldFindings(field.Id, text, findings));
            }
        }

        return result;
    }

    /// <summary>
    /// Rewrites each field in <paramref name="findings"/> with <paramref name="decision"/> applied to its
    /// findings. Passwords are removed whatever the decision.
    /// </summary>
    public static void Apply(IssueReport report, IReadOnlyList<FieldFindings> findings, RedactionDecision decision, IPiiRedactor redactor)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(findings);
        ArgumentNullException.ThrowIfNull(redactor);
        foreach (var found in findings)
        {
            var field = Array.Find(Fields, f => f.Id == found.Field);
            field?.Set(report, redactor.Redact(found.Text, found.Findings, decision));
        }
    }

    /// <summary>Returns the categories found in any field, without repeats, in ordinal order.</summary>
    public static List<string> Categories(IEnumerable<FieldFindings> findings) =>
        [.. findings.SelectMany(f => f.Findings).Select(f => f.Category).Distinct().Order(StringComparer.Ordinal)];

    /// <summary>Returns <paramref name="finding"/>'s value masked (letters and digits as <c>*</c>), never the value itself.</summary>
    public static string MaskedPreview(string text, PiiFinding finding, IPiiRedactor redactor)
    {
        ArgumentNullException.ThrowIfNull(finding);
        ArgumentNullException.ThrowIfNull(redactor);
        var value = text.Substring(finding.Offset, finding.Length);
        return redactor.Redact(value, [finding with { Offset = 0 }], RedactionDecision.Mask);
    }

    private static string? Join(List<string> values) => values.Count == 0 ? null : string.Join("\n", values);

    private static List<string> Split(string value) => [.. value.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)];

    private sealed record TextField(string Id, Func<IssueReport, string?> Get, Action<IssueReport, string> Set);
}
