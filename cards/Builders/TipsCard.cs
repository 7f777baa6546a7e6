using HelpBot.Cards.Model;
using HelpBot.Domain.Content;

namespace HelpBot.Cards.Builders;

/// <summary>The basic troubleshooting tips, which ones were tried, and whether they fixed it.</summary>
public static class TipsCard
{
    public const string TipsTriedInputId = "tipsTried";

    /// <summary>
    /// Builds the checklist. <paramref name="tipsTried"/> (tip ids) are checked already, from
    /// what the user said.
    /// </summary>
    public static StepCard Build(string promptId, IReadOnlyList<TroubleshootingTip> tips, IReadOnlyCollection<string> tipsTried)
    {
        var composer = new CardComposer(promptId)
            .Heading("First, try these quick fixes")
            .Trusted("Many problems go away after one of these. Save the application before you sign off or refresh.");

        foreach (var (tip, i) in tips.Select((tip, i) => (tip, i + 1)))
        {
            // Markdown reads "2. Title" alone in a text block as a list and renumbers it, so the title reads "Tip 2: Title".
            composer.SectionTitle($"Tip {i}: {tip.Title}");
            if (tip.Link is null)
            {
                composer.TrustedNote(tip.Detail);
            }
            else
            {
                composer.TrustedNote($"{tip.Detail} [Instructions]({tip.Link})", $"{tip.Detail} Instructions: {tip.Link}");
            }
        }

        var known = tipsTried.Where(id => tips.Any(tip => tip.Id == id)).ToList();
        var tried = new ChoiceSetInput(TipsTriedInputId, "Which of these have you tried?")
        {
            Style = ChoiceInputStyles.Expanded,
            IsMultiSelect = true,
            Value = known.Count > 0 ? string.Join(",", known) : null,
        };
        foreach (var tip in tips)
        {
            tried.WithChoice(tip.Title, tip.Id);
        }

        composer
            .Input(tried, "type the numbers of the tips you tried, such as 1 and 3, or 'all three'")
            .Buttons(
                composer.Submit("That fixed it", CardActionNames.TipsFixed),
                composer.Submit("Still broken", CardActionNames.StillBroken))
            .Navigation(Navigation.Help | Navigation.Cancel);
        return composer.Build();
    }
}
