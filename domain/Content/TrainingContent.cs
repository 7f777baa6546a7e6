namespace HelpBot.Domain.Content;

/// <summary>Training topics and where to get more training.</summary>
public sealed class TrainingContent : SourcedFact
{
    /// <summary>Contact ids to offer for training questions: the desk aid's (now historical) or newer ones.</summary>
    public Choice<List<string>> WhereToGetTraining { get; set; } = new();

    public List<TrainingTopic> Topics { get; set; } = [];
}
