namespace HelpBot.Domain.Content;

/// <summary>
/// Every fact from the desk aid that can change, with newer facts beside it, loaded from
/// <c>Content/desk-aid-content.json</c> by <see cref="DeskAidContentLoader"/>.
/// </summary>
public sealed class DeskAidContent
{
    /// <summary>Content version, changed by whoever edits the file.</summary>
    public string Version { get; init; } = string.Empty;

    public List<ContentSource> Sources { get; init; } = [];

    public List<ContactPoint> Contacts { get; init; } = [];

    /// <summary>PEAK and Connect for Health Colorado.</summary>
    public List<SystemContent> Systems { get; init; } = [];

    public List<TroubleshootingTip> Tips { get; init; } = [];

    public PeakReportContent PeakReport { get; init; } = new();

    public ServiceCenterContent ServiceCenter { get; init; } = new();

    public TrainingContent Training { get; init; } = new();

    public PrivacyContent Privacy { get; init; } = new();

    public List<HelpTopic> HelpTopics { get; init; } = [];

    public List<UserRole> Roles { get; init; } = [];

    public List<ElsewhereRoute> Elsewhere { get; init; } = [];

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
