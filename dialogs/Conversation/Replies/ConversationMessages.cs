using System.Text;
using HelpBot.Dialogs.Conversation.Markers;
using HelpBot.Domain.Content;
using HelpBot.Runtime.Turns;

namespace HelpBot.Dialogs.Conversation.Replies;

/// <summary>The conversation's longer messages, built from the desk-aid content.</summary>
public static class ConversationMessages
{
    public const string Welcome =
        "Hi, I'm HelpBot. I help CBO staff report technical problems with PEAK and Connect for Health Colorado: " +
        "I go through the troubleshooting tips with you, find out which system it is, and prepare the e-mail to the " +
        "CBMS help desk or the checklist for your call to the Service Center. Type 'help' at any question. " +
        "Once you have answered a question, type 'back' to change that answer. During a report, type 'start over' to " +
        "begin it again or 'cancel' to stop it.";

    public const string FixedClose = "Glad that fixed it! If it comes back, just tell me what happens.";

    public const string TrainingAnsweredClose = "Great, glad that answered it.";

    /// <summary>Added to a close that an answer caused, which "back" in the next message undoes.</summary>
    public const string ReopenHint = "If you meant to go on with the report, type 'back'.";

    public const string CbmsPath =
        "This guide is for staff who do not use CBMS. As a CBMS (county or state) user, report PEAK and CBMS problems " +
        "through your county's or agency's CBMS help desk process. You can still read the help topics here: type 'help topics'. " +
        "If you do not work in CBMS, type 'I don't work in CBMS'.";

    /// <summary>
    /// Sends <see cref="CbmsPath"/> and notes it in the turn, so the CBMS menu that follows in the same turn leaves
    /// out its own note about the county's help desk.
    /// </summary>
    public static Task SendCbmsPathAsync(ITurnContext turn, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        turn.Items[CbmsPathSentItem] = true;
        return Reply.SendStepAsync(turn, ConversationSteps.CbmsPath, CbmsPath, cancellationToken);
    }

    /// <summary>Returns true when <see cref="SendCbmsPathAsync"/> ran in this turn.</summary>
    public static bool CbmsPathSent(ITurnContext turn)
    {
        ArgumentNullException.ThrowIfNull(turn);
        return turn.Items.ContainsKey(CbmsPathSentItem);
    }

    private const string CbmsPathSentItem = "helpbot.cbmsPathSent";

    /// <summary>Returns the answer to a training question: the guidance, then where to get training.</summary>
    public static string TrainingAnswer(TrainingTopic topic, DeskAidContent content, bool systemAssumed = false)
    {
        ArgumentNullException.ThrowIfNull(topic);
        ArgumentNullException.ThrowIfNull(content);
        var text = new StringBuilder(systemAssumed ? "Your message does not say which website this is. If it is PEAK, this" : "This")
            .Append(" looks like something PEAK training covers: ").Append(topic.Title).Append(".\n\n")
            .Append(ContentText.Bullets(topic.Guidance));
        if (topic.AcceptedFileTypes.Count > 0)
        {
            text.Append("\n- Accepted file types: ").Append(string.Join(", ", topic.AcceptedFileTypes));
        }

        text.Append("\n\nFor more training and questions about how PEAK works:\n")
            .Append(ContentText.Contacts(content, content.Training.WhereToGetTraining.ActiveValue));
        if (systemAssumed)
        {
            text.Append("\n\nIf it happened on Connect for Health Colorado instead, choose 'Report it anyway' and I'll ask for the page's address.");
        }

        return text.ToString();
    }

    /// <summary>Returns where a report that is not about one client goes.</summary>
    public static string Elsewhere(ElsewhereRoute route, DeskAidContent content)
    {
        ArgumentNullException.ThrowIfNull(route);
        ArgumentNullException.ThrowIfNull(content);
        return new StringBuilder(route.Title).Append(".\n\n").Append(ContentText.Bullets(route.Guidance))
            .Append("\n\n").Append(ContentText.Contacts(content, route.ContactIds)).ToString();
    }

    /// <summary>Returns the enrollment entities and contacts for a medically urgent or slow case.</summary>
    public static string UrgentContacts(DeskAidContent content)
    {
        ArgumentNullException.ThrowIfNull(content);
        var urgent = content.PeakReport.UrgentCases;
        return new StringBuilder(urgent.Guidance.Text).Append("\n\n")
            .Append(ContentText.Bullets(urgent.Entities.Select(e => e.Text))).Append("\n\nContacts:\n")
            .Append(ContentText.Contacts(content, urgent.ContactIds)).ToString();
    }

    /// <summary>Returns what happens after the e-mail: triage, the post-build calls, and the urgent-case contacts.</summary>
    public static string PeakWhatToExpect(DeskAidContent content)
    {
        ArgumentNullException.ThrowIfNull(content);
        var report = content.PeakReport;
        return new StringBuilder("What to expect:\n").Append(ContentText.Bullets(report.WhatToExpect.Select(f => f.Text)))
            .Append("\n\n").Append(ContentText.Bullets(report.PostBuildCalls.Select(f => f.Text)))
            .Append("\n\n").Append(UrgentContacts(content)).ToString();
    }
}
