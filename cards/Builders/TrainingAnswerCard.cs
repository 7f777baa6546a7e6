using HelpBot.Domain.Content;

namespace HelpBot.Cards.Builders;

/// <summary>Answers a question that training covers, with where to get more training.</summary>
public static class TrainingAnswerCard
{
    /// <summary>Builds the answer for <paramref name="topic"/> with the content's training contacts.</summary>
    public static StepCard Build(string promptId, TrainingTopic topic, DeskAidContent content)
    {
        var composer = new CardComposer(promptId)
            .Heading(topic.Title)
            .Trusted("This looks like something PEAK training covers, so it may not need a help-desk report.")
            .TrustedSteps(topic.Guidance);
        if (topic.AcceptedFileTypes.Count > 0)
        {
            composer.TrustedNote("Accepted file types: " + string.Join(", ", topic.AcceptedFileTypes));
        }

        var contacts = content.Training.WhereToGetTraining.Options.Count > 0
            ? content.Training.WhereToGetTraining.ActiveValue
                .Select(id => content.Contacts.Find(contact => contact.Id == id))
                .OfType<ContactPoint>()
                .ToList()
            : [];
        if (contacts.Count > 0)
        {
            composer.SectionTitle("Where to get training").Contacts(contacts);
        }

        return composer
            .Buttons(
                composer.Submit("That answers it", CardActionNames.TrainingAnswered),
                composer.Submit("This did not answer it, report anyway", CardActionNames.ReportAnyway))
            .Navigation(Navigation.Back | Navigation.Cancel)
            .Build();
    }
}
