using System.Globalization;
using HelpBot.Domain.Content;
using HelpBot.Domain.Reports;

namespace HelpBot.Domain.Drafts;

/// <summary>Builds the Service Center call checklist from a Connect for Health Colorado report.</summary>
public static class CallChecklistComposer
{
    /// <summary>
    /// The checklist's note for a medically urgent problem. The Service Center's escalation steps send
    /// medically urgent cases to a Team Lead.
    /// </summary>
    public const string UrgentNote =
        "This is medically urgent for the client: say so at the start of the call, and ask for a Team Lead if the representative cannot solve it right away.";

    /// <summary>
    /// Composes the checklist from the content file, filling each "describe" item with the report's
    /// answer. Items for mobile devices appear only when the app or a phone or tablet was used, and then
    /// the operating-system item names the phone or tablet instead of the computer.
    /// </summary>
    public static CallChecklist Compose(IssueReport report, DeskAidContent content) => Compose(report, content, []);

    /// <summary>
    /// Composes the checklist as <see cref="Compose(IssueReport, DeskAidContent)"/> does, naming
    /// <paramref name="keptCategories"/>, the kinds of personal data the user kept and the checklist shows.
    /// </summary>
    public static CallChecklist Compose(IssueReport report, DeskAidContent content, IReadOnlyList<string> keptCategories) =>
        Compose(report, content, keptCategories, now: null);

    /// <summary>
    /// Composes the checklist as <see cref="Compose(IssueReport, DeskAidContent, IReadOnlyList{string})"/> does,
    /// with a note on when the Service Center opens when it is closed at <paramref name="now"/>.
    /// <paramref name="clientDevice"/> is the phone or tablet the web chat client runs on, null on a computer or
    /// when unknown. With it, as with a report on mobile use, the items name the phone or tablet
    /// (<see cref="IssueReport.IsAboutMobile"/>).
    /// </summary>
    public static CallChecklist Compose(
        IssueReport report, DeskAidContent content, IReadOnlyList<string> keptCategories, DateTimeOffset? now, string? clientDevice = null)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(content);
        var center = content.ServiceCenter;
        var phone = content.Contact(center.PhoneContactId);
        var tty = content.Contact(center.TtyContactId);
        return new CallChecklist
        {
            Phone = phone.Value,
            TelUri = phone.TelUri!,
            Tty = tty.Value,
            TtyTelUri = tty.TelUri!,
            Hours = phone.Hours,
            ClosedNote = now is { } moment ? ClosedNote(phone, moment) : null,
            UrgentNote = report.MedicallyUrgent == true ? UrgentNote : null,
            KeptCategories = keptCategories,
            CustomerMustBePresent = center.CustomerMustBePresent.Text,
            HaveReady = Texts(center.HaveReady),
            NeverTypeIntoChat = center.NeverTypeIntoChat.Text,
            Describe = Describe(report, content, report.IsAboutMobile(clientDevice)),
            Screenshots = [.. report.Screenshots],
            NoteDuringCall = Texts(center.NoteDuringCall),
            WhatToExpect = Texts(center.WhatToExpect),
            Escalation = [center.EscalationWhen.Text, .. center.Escalation.Select(level => level.Text)],
            StatusCheck = center.StatusCheck.Text,
            RoleNote = center.RoleNote.Text,
        };
    }

    /// <summary>Returns the note naming the kinds of personal data the checklist shows, or null when it shows none.</summary>
    public static string? KeptNote(CallChecklist checklist)
    {
        ArgumentNullException.ThrowIfNull(checklist);
        return checklist.KeptCategories.Count == 0
            ? null
            : $"Personal information shown for the call: {string.Join(", ", checklist.KeptCategories)}. Use it on the call only, and never type it into a chat or a message.";
    }

    /// <summary>Returns the line that names the screenshots to have open for the call, or null when there are none.</summary>
    public static string? ScreenshotsNote(CallChecklist checklist)
    {
        ArgumentNullException.ThrowIfNull(checklist);
        return checklist.Screenshots.Count == 0
            ? null
            : $"Screenshots for the call: {string.Join(", ", checklist.Screenshots)}. Have them open to describe what the screen showed.";
    }

    private static string? ClosedNote(ContactPoint phone, DateTimeOffset now)
    {
        if (phone.Schedule?.NextOpening(now) is not { } opening)
        {
            return null;
        }

        var zone = TimeZoneInfo.FindSystemTimeZoneById(phone.Schedule.TimeZone);
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(now, zone).DateTime);
        var day = DateOnly.FromDateTime(opening.DateTime) == today ? "today"
            : DateOnly.FromDateTime(opening.DateTime) == today.AddDays(1) ? "tomorrow"
            : opening.ToString("dddd", CultureInfo.InvariantCulture);
        return $"The Service Center is closed now. It opens {day} at {opening.ToString("h:mm tt", CultureInfo.InvariantCulture)} {phone.Schedule.TimeZoneName}.";
    }

    private static List<ChecklistItem> Describe(IssueReport report, DeskAidContent content, bool mobile) =>
        content.ServiceCenter.Describe
            .Where(item => !item.MobileOnly || mobile)
            .Select(item => new ChecklistItem(item.Id, item.TextFor(mobile), ReportFormatting.Answer(report, item.Field, content)))
            .ToList();

    private static List<string> Texts(List<TextFact> facts) => facts.Select(fact => fact.Text).ToList();
}
