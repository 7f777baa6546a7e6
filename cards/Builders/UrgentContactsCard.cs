using HelpBot.Domain.Content;

namespace HelpBot.Cards.Builders;

/// <summary>Who can complete an enrollment that is medically urgent or taking long to resolve.</summary>
public static class UrgentContactsCard
{
    public static StepCard Build(string promptId, DeskAidContent content)
    {
        var urgent = content.PeakReport.UrgentCases;
        var composer = new CardComposer(promptId)
            .Heading("Urgent or slow cases")
            .Trusted(urgent.Guidance.Text)
            .TrustedBullets(urgent.Entities.Select(entity => entity.Text))
            .Contacts(urgent.ContactIds
                .Select(id => content.Contacts.Find(contact => contact.Id == id))
                .OfType<ContactPoint>());
        return composer
            .Buttons(composer.Submit("Continue", CardActionNames.Continue))
            .Navigation(Navigation.Back | Navigation.Cancel)
            .Build();
    }
}
