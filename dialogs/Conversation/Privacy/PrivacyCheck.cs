using HelpBot.Domain.Reports;

namespace HelpBot.Dialogs.Conversation.Privacy;

/// <summary>
/// The result of one PII/PHI check of a report, as the review keeps it in dialog state.
/// </summary>
/// <param name="Fields">Fields with findings, in field order.</param>
/// <param name="RemoteUnavailable">True when the remote check failed and the local check stood in for it.</param>
public sealed record PrivacyCheck(List<StoredField> Fields, bool RemoteUnavailable)
{
    /// <summary>True when no field has a finding.</summary>
    public bool IsEmpty => Fields.TrueForAll(f => f.Findings.Count == 0);

    /// <summary>
    /// Returns the fields with their current texts, or null when a text changed since the check, so its
    /// offsets no longer fit and the report must be checked again.
    /// </summary>
    public List<FieldFindings>? Resolve(IssueReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var resolved = new List<FieldFindings>(Fields.Count);
        foreach (var field in Fields)
        {
            var text = ReportPrivacy.Read(report, field.Field);
            if (text is null || text.Length != field.TextLength)
            {
                return null;
            }

            resolved.Add(new FieldFindings(field.Field, text, [.. field.Findings.Select(f => f.ToFinding())]));
        }

        return resolved;
    }
}
