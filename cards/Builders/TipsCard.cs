using HelpBot.Cards.Model;
using HelpBot.Domain.Content;

namespace HelpBot.Cards.Builders;

/// <summary>The basic troubleshooting tips, which ones were tried, and whether they fixed it.</summary>
public static class TipsCard
{
    public const string TipsTriedInputId = "tipsTried";

    /// <summary>
    /// Builds the checklist. <paramref name="tipsTried"/> (tip ids) are checked already, from
    /// what the user said. The <paramref name="compact"/> card, for asking again, leaves out the tips'
    /// details and keeps the check boxes, titled "Tip 1: ..." so the numbers to type stay in view, and the buttons.
    /// </summary>
    public static StepCard Build(string promptId, IReadOnlyList<TroubleshootingTip> tips, IReadOnlyCollection<string> tipsTried, bool compact = false)
    {
        var composer = new CardComposer(promptId);
        if (compact)
        {
            composer.PlainOnly(string.Concat(tips.Select((tip, i) => $"Tip {i + 1}: {tip.Title}\n")));
        }
        else
        {
            AddDetails(composer, tips);
        }

        var known = tipsTried.Where(id => tips.Any(tip => tip.Id == id)).ToList();
        var tried = new ChoiceSetInput(TipsTriedInputId, "Which of these have you tried?")
        {
            Style = ChoiceInputStyles.Expanded,
            IsMultiSelect = true,
            Value = known.Count > 0 ? string.Join(",", known) : null,
        };
        foreach (var (tip, i) in tips.Select((tip, i) => (tip, i + 1)))
        {
            tried.WithChoice(compact ? $"Tip {i}: {tip.Title}" : tip.Title, tip.Id);
        }

        composer
            .Input(tried, "type the numbers of the tips you tried, such as 1 and 3, or 'all three'")
            .TypedOptionsWithoutNumbers()
            .Buttons(
                composer.Submit("That fixed it", CardActionNames.TipsFixed),
                composer.Submit("Still broken", CardActionNames.StillBroken))
            .Navigation(Navigation.Help | Navigation.Cancel);
        return composer.Build();
    }

    private static void AddDetails(CardComposer composer, IReadOnlyList<TroubleshootingTip> tips)
    {
        composer
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
    }
}
