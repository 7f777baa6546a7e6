using HelpBot.Cards.Model;
using HelpBot.Domain.Content;

namespace HelpBot.Cards.Builders;

/// <summary>Asks whether the user works in CBMS and which role they have.</summary>
public static class RoleCard
{
    public const string CbmsUserInputId = "isCbmsUser";
    public const string RoleInputId = "role";

    /// <summary>
    /// Builds the question. <paramref name="roles"/> come from the content file;
    /// <paramref name="currentRoleId"/> and <paramref name="isCbmsUser"/> preselect earlier answers.
    /// </summary>
    public static StepCard Build(
        string promptId,
        IReadOnlyList<UserRole> roles,
        string? currentRoleId = null,
        bool? isCbmsUser = null)
    {
        var composer = new CardComposer(promptId)
            .Heading("A little about you")
            .Trusted("This guidance is for staff who do not work in CBMS (the Colorado Benefits Management System) themselves.");

        var cbms = new ChoiceSetInput(CbmsUserInputId, "Do you use CBMS as a county or state worker?")
        {
            Style = ChoiceInputStyles.Expanded,
            Value = isCbmsUser switch { true => CardChoices.Yes, false => CardChoices.No, null => null },
        }
            .WithChoice("No, I do not use CBMS", CardChoices.No)
            .WithChoice("Yes, I use CBMS", CardChoices.Yes)
            .Required("Choose whether you use CBMS.");
        composer.Input(cbms, "type yes or no");

        var role = new ChoiceSetInput(RoleInputId, "Which role describes you best?")
        {
            Style = ChoiceInputStyles.Expanded,
            Value = roles.Any(r => r.Id == currentRoleId) ? currentRoleId : null,
        }.Required("Choose your role.");
        foreach (var item in roles)
        {
            role.WithChoice(item.Title, item.Id);
        }

        composer.Input(role, "type the role's name: " + string.Join(", ", roles.Select(r => r.Title)));
        composer
            .Buttons(composer.Submit("Continue", CardActionNames.SetRole))
            .Navigation(Navigation.Help | Navigation.Cancel);
        return composer.Build();
    }
}
