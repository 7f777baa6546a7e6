using HelpBot.Domain.Content;

namespace HelpBot.Cards.Builders;

/// <summary>
/// One help topic from the content file (PII and PHI, encrypting e-mail, screenshots per
/// platform, telling the system from the address), section by section.
/// </summary>
public static class HelpTopicCard
{
    public static StepCard Build(string promptId, HelpTopic topic)
    {
        var composer = new CardComposer(promptId).Heading(topic.Title);
        foreach (var section in topic.Sections)
        {
            composer.SectionTitle(section.Heading).TrustedSteps(section.Steps);
            if (!string.IsNullOrWhiteSpace(section.Link))
            {
                composer.TrustedNote($"[More information]({section.Link})", "More information: " + section.Link);
            }
        }

        return composer
            .Buttons(
                composer.SubmitWithoutInputs("Continue where I was", CardActionNames.Continue),
                composer.SubmitWithoutInputs("Other help topics", CardActionNames.HelpTopics))
            .Navigation(Navigation.Cancel)
            .Build();
    }
}
