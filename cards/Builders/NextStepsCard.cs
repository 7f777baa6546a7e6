using HelpBot.Domain.Content;

namespace HelpBot.Cards.Builders;

/// <summary>
/// What happens after the e-mail is sent: triage, the post-build calls, and the enrollment
/// entities for medically urgent or slow cases.
/// </summary>
public static class NextStepsCard
{
    /// <summary>Builds the card; <paramref name="medicallyUrgent"/> moves the urgent-case guidance to the top.</summary>
    public static StepCard Build(string promptId, DeskAidContent content, bool medicallyUrgent = false)
    {
        var peak = content.PeakReport;
        var composer = new CardComposer(promptId).Heading("What to expect");
        if (medicallyUrgent)
        {
            AddUrgent(composer, content);
        }

        composer
            .TrustedBullets(peak.WhatToExpect.Select(fact => fact.Text))
            .SectionTitle("Post-build calls for CBOs")
            .TrustedBullets(peak.PostBuildCalls.Select(fact => fact.Text));
        if (!medicallyUrgent)
        {
            AddUrgent(composer, content);
        }

        return composer
            .Buttons(composer.Submit("Done", CardActionNames.Done))
            .Navigation(Navigation.StartOver)
            .Build();
    }

    private static void AddUrgent(CardComposer composer, DeskAidContent content)
    {
        var urgent = content.PeakReport.UrgentCases;
        composer
            .SectionTitle("Medically urgent or taking a long time?")
            .Trusted(urgent.Guidance.Text)
            .TrustedBullets(urgent.Entities.Select(entity => entity.Text))
            .Contacts(urgent.ContactIds
                .Select(id => content.Contacts.Find(contact => contact.Id == id))
                .OfType<ContactPoint>());
    }
}
