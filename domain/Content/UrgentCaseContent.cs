namespace HelpBot.Domain.Content;

/// <summary>Enrollment entities to contact in medically urgent cases or cases that take long to resolve.</summary>
public sealed class UrgentCaseContent : SourcedFact
{
    public TextFact Guidance { get; set; } = new();

    /// <summary>The entities that can complete an enrollment (county of residence, and others).</summary>
    public List<TextFact> Entities { get; set; } = [];

    /// <summary>Ids of contacts in <see cref="DeskAidContent.Contacts"/> to list with the entities.</summary>
    public List<string> ContactIds { get; set; } = [];
}
