using System.Text.Json.Serialization;
using HelpBot.Domain.Systems;

namespace HelpBot.Domain.Reports;

/// <summary>
/// The problem report the conversation fills in, field by field. It can hold personal data until the
/// PII check has run, so it lives in conversation state only (see <see cref="DomainJsonContext"/>),
/// never in tickets or logs.
/// </summary>
public sealed class IssueReport
{
    /// <summary>One of <see cref="SupportSystems"/>.</summary>
    public string System { get; set; } = SupportSystems.Unknown;

    /// <summary>
    /// True when the message named no system and gave no address, so <see cref="System"/> is the system of the
    /// training topic it matched, an assumption the training answer states.
    /// </summary>
    public bool SystemAssumedFromTopic { get; set; }

    /// <summary>One of <see cref="ReportKinds"/>.</summary>
    public string Kind { get; set; } = ReportKinds.Technical;

    /// <summary>The page's web address as the user gave it.</summary>
    public string? PageUrl { get; set; }

    /// <summary>True when <see cref="PageUrl"/> is an old PEAK bookmark.</summary>
    public bool IsOldBookmark { get; set; }

    /// <summary>What the user was doing and what happened, in their words.</summary>
    public string? Description { get; set; }

    /// <summary>Why <see cref="Description"/> is not enough yet (one of <see cref="DescriptionGaps"/>); null when it is.</summary>
    public string? DescriptionGap { get; set; }

    /// <summary>Error text or code found in the description, such as <c>ERR-12345</c>.</summary>
    public string? ErrorMessage { get; set; }

    /// <summary>Single sign-on or PEAK user name.</summary>
    public string? Username { get; set; }

    /// <summary>Exact page and section, as the user confirmed it.</summary>
    public string? Page { get; set; }

    /// <summary>Page name read from <see cref="PageUrl"/>, offered as the prefilled answer for <see cref="Page"/>.</summary>
    public string? PageSuggestion { get; set; }

    /// <summary>When the problem happened, in the user's time zone.</summary>
    public DateTimeOffset? When { get; set; }

    /// <summary>True when <see cref="When"/> includes a clock time, not only a date.</summary>
    public bool WhenHasClockTime { get; set; }

    /// <summary>
    /// Date and time from the first message that lie after the message was sent ("5pm today" typed in the
    /// morning), so they were not used. The question about the time explains this. Cleared when that question is answered.
    /// </summary>
    public DateTimeOffset? WhenLaterThanNow { get; set; }

    /// <summary>
    /// True when <see cref="When"/> was answered after the first message gave a time later than the message
    /// (<see cref="WhenLaterThanNow"/>), so the description still contains that time and the draft states which one applies.
    /// </summary>
    public bool WhenReplacesDescriptionTime { get; set; }

    /// <summary>IANA time zone <see cref="When"/> was read in, such as <c>America/Denver</c>.</summary>
    public string? TimeZoneId { get; set; }

    /// <summary>Ids of troubleshooting tips already tried (see <c>tips</c> in the content file).</summary>
    public List<string> TipsTried { get; set; } = [];

    /// <summary>Other steps already tried, such as "Tried 4 times".</summary>
    public List<string> StepsTried { get; set; } = [];

    /// <summary>What the problem means for the application or the client.</summary>
    public string? Impact { get; set; }

    /// <summary>CBMS case number, starting with 1B.</summary>
    public string? CaseNumber { get; set; }

    /// <summary>Tracking or authorization number, when the application has no case number yet.</summary>
    public string? TrackingNumber { get; set; }

    /// <summary>True when the user said there is no case number or tracking number yet (a new application).</summary>
    public bool NoCaseNumber { get; set; }

    /// <summary>True when the user does not know the case number, which the application may well have.</summary>
    public bool CaseNumberNotKnown { get; set; }

    /// <summary>Names or ids of screenshots the user attached.</summary>
    public List<string> Screenshots { get; set; } = [];

    /// <summary>True when the user said there is no screenshot.</summary>
    public bool NoScreenshots { get; set; }

    public string? Os { get; set; }

    public string? Device { get; set; }

    /// <summary>Browser or browsers used, such as "Chrome, Edge".</summary>
    public string? Browser { get; set; }

    /// <summary>
    /// Device the message names without saying it was used ("photos from her iPhone"), when the message
    /// mentions mobile use. It is the prefilled value of the <see cref="Device"/> question.
    /// </summary>
    public string? DeviceSuggestion { get; set; }

    /// <summary>True when the report is about a phone, tablet or the mobile app, named or not.</summary>
    public bool MobileIndicated { get; set; }

    /// <summary>The mobile app used, such as "MyPEAK app", or "mobile app" when it was not named; null when no app was mentioned.</summary>
    public string? MobileApp { get; set; }

    /// <summary>
    /// Returns true when the report is about a phone or tablet: it notes mobile use, a device or an app, or
    /// <paramref name="clientDevice"/>, the device the web chat client runs on, is set. Questions, the call
    /// checklist and the e-mail draft name the phone or tablet then, not the computer.
    /// </summary>
    public bool IsAboutMobile(string? clientDevice = null) =>
        MobileIndicated || !string.IsNullOrWhiteSpace(Device) || MobileApp is not null || !string.IsNullOrWhiteSpace(clientDevice);

    /// <summary>Medically urgent, as the user answered; null when not asked.</summary>
    public bool? MedicallyUrgent { get; set; }

    /// <summary>Matched training topic id, for <see cref="ReportKinds.Training"/>.</summary>
    public string? TrainingTopicId { get; set; }

    /// <summary>Matched route id, for <see cref="ReportKinds.Elsewhere"/>.</summary>
    public string? ElsewhereRouteId { get; set; }

    /// <summary>Page slug from the address, such as <c>benefit-information</c>, for statistics.</summary>
    public string? PageCategory { get; set; }

    /// <summary>One of <see cref="ErrorCategories"/>, for statistics.</summary>
    public string? ErrorCategory { get; set; }

    /// <summary>When the report was started; retention deletes reports older than the configured limit.</summary>
    public DateTimeOffset? CreatedAt { get; set; }

    /// <summary>True when a value exists for <see cref="ReportFields.StepsTried"/>.</summary>
    [JsonIgnore]
    public bool HasStepsTried => TipsTried.Count > 0 || StepsTried.Count > 0;
}
