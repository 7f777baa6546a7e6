using System.Text.Json.Serialization;
using HelpBot.Dialogs.Conversation.Uploads;
using HelpBot.Domain.Reports;

namespace HelpBot.Dialogs.Conversation.State;

/// <summary>
/// The report in progress, kept in conversation state so a restart resumes with every answer. It can
/// hold personal data until the PII check has run, so it never goes to tickets or logs.
/// </summary>
public sealed class ReportState
{
    /// <summary>
    /// The user's own description of the problem, as first typed. Once the PII review applies its choices,
    /// each flagged value in it reads as the review rewrote it.
    /// </summary>
    [JsonPropertyName("message")]
    public string? Message { get; set; }

    [JsonPropertyName("report")]
    public IssueReport Report { get; set; } = new();

    /// <summary>Report fields the bot asked for, in order, for analytics and tests.</summary>
    [JsonPropertyName("fieldsAsked")]
    public List<string> FieldsAsked { get; set; } = [];

    /// <summary>True once the PII review ran (or found nothing) after the last change to a free-text field.</summary>
    [JsonPropertyName("privacyChecked")]
    public bool PrivacyChecked { get; set; }

    /// <summary>True when the user chose to keep personal data, so the e-mail must be sent encrypted.</summary>
    [JsonPropertyName("personalDataKept")]
    public bool PersonalDataKept { get; set; }

    /// <summary>Categories of the personal data kept, for the encryption note.</summary>
    [JsonPropertyName("keptCategories")]
    public List<string> KeptCategories { get; set; } = [];

    /// <summary>
    /// Text of each checked field that contains a flagged value, by field id, with every such value as its
    /// placeholder. A question that shows the field again shows this text, never the field's own.
    /// </summary>
    [JsonPropertyName("placeholderTexts")]
    public Dictionary<string, string> PlaceholderTexts { get; set; } = [];

    /// <summary>True once the user answered the troubleshooting tips question, so the report does not ask it again unless the user goes back to it.</summary>
    [JsonPropertyName("tipsAnswered")]
    public bool TipsAnswered { get; set; }

    /// <summary>True once the report went on with a known system, read from the description or answered at the page-address question.</summary>
    [JsonPropertyName("systemAnswered")]
    public bool SystemAnswered { get; set; }

    /// <summary>The system whose Step 3 introduction was sent, so a report read again after "back" does not send it twice.</summary>
    [JsonPropertyName("introducedSystem")]
    public string? IntroducedSystem { get; set; }

    /// <summary>
    /// Files the user uploaded for this report, with where the channel keeps them. The report's screenshots
    /// list their names; a file whose channel gave no address is not here.
    /// </summary>
    [JsonPropertyName("uploads")]
    public List<UploadedFileReference> Uploads { get; set; } = [];

    /// <summary>Id of the ticket created for this report, once there is one.</summary>
    [JsonPropertyName("ticketId")]
    public string? TicketId { get; set; }

    /// <summary>
    /// True once the report has begun: the user's description is kept, a field was asked or the system is known.
    /// Cancel, start over and the end of the report delete it.
    /// </summary>
    [JsonIgnore]
    public bool IsInProgress => Message is not null || FieldsAsked.Count > 0 || Report.System != Domain.Systems.SupportSystems.Unknown;
}
