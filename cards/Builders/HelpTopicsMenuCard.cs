using HelpBot.Cards.Model;
using HelpBot.Domain.Content;

namespace HelpBot.Cards.Builders;

/// <summary>The list of help topics; each button submits <c>action: openTopic</c> with the topic id as choice.</summary>
public static class HelpTopicsMenuCard
{
    public static StepCard Build(string promptId, IReadOnlyList<HelpTopic> topics)
    {
        var composer = new CardComposer(promptId)
            .Heading("Help topics")
            .Trusted("Pick a topic. You can come back to where you were afterwards.");

        // One action set per topic keeps every set under the action limit hosts apply (Teams shows few per set).
        foreach (var topic in topics)
        {
            composer.Buttons(composer.SubmitWithoutInputs(topic.Title, CardActionNames.OpenTopic, topic.Id));
        }

        return composer.Navigation(Navigation.Back | Navigation.Cancel).Build();
    }
}
