using HelpBot.Domain.Content;
using HelpBot.Domain.Reports;

namespace HelpBot.Domain.Drafts;

/// <summary>Builds the Service Center call checklist from a Connect for Health Colorado report.</summary>
public static class CallChecklistComposer
{
    public static CallChecklist Compose(IssueReport report, DeskAidContent content) => throw new NotImplementedException();
}
