using HelpBot.Domain.Content;
using HelpBot.Domain.Reports;

namespace HelpBot.Domain.Drafts;

/// <summary>Builds the e-mail to the CBMS help desk from a PEAK report.</summary>
public static class EmailDraftComposer
{
    /// <summary>Composes the draft; every e-mail field appears, with "Not provided" where the report has no answer.</summary>
    public static EmailDraft Compose(IssueReport report, DeskAidContent content, DraftPrivacy privacy) =>
        throw new NotImplementedException();
}
