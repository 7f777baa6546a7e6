namespace HelpBot.Domain.Content;

/// <summary>
/// Every fact from the desk aid that can change, with newer facts beside it, loaded from
/// <c>Content/desk-aid-content.json</c> by <see cref="DeskAidContentLoader"/>.
/// </summary>
public sealed class DeskAidContent
{
    /// <summary>Content version; raise it with every edit of the file.</summary>
    public string Version { get; set; } = string.Empty;

    public List<ContentSource> Sources { get; set; } = [];

    public List<ContactPoint> Contacts { get; set; } = [];

    /// <summary>PEAK and Connect for Health Colorado.</summary>
    public List<SystemContent> Systems { get; set; } = [];

    public List<TroubleshootingTip> Tips { get; set; } = [];

    public PeakReportContent PeakReport { get; set; } = new();

    public ServiceCenterContent ServiceCenter { get; set; } = new();

    public TrainingContent Training { get; set; } = new();

    public PrivacyContent Privacy { get; set; } = new();

    public List<HelpTopic> HelpTopics { get; set; } = [];

    public List<UserRole> Roles { get; set; } = [];

    public List<ElsewhereRoute> Elsewhere { get; set; } = [];

    /// <summary>Returns the contact with <paramref name="id"/>.</summary>
    /// <exception cref="KeyNotFoundException">No contact has that id; the validator prevents this for ids the file refers to.</exception>
    public ContactPoint Contact(string id) =>
        Contacts.Find(contact => contact.Id == id)
        ?? throw new KeyNotFoundException($"Content has no contact with id '{id}'.");

    /// <summary>Returns the system with <paramref name="id"/>, or null.</summary>
    public SystemContent? System(string id) => Systems.Find(system => system.Id == id);

    /// <summary>Returns the training topic with <paramref name="id"/>, or null.</summary>
    public TrainingTopic? TrainingTopic(string id) => Training.Topics.Find(topic => topic.Id == id);
}
