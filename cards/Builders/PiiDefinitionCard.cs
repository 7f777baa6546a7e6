using HelpBot.Domain.Content;

namespace HelpBot.Cards.Builders;

/// <summary>The desk aid's definitions of PII and PHI, for the help topic and the PII review.</summary>
public static class PiiDefinitionCard
{
    public static StepCard Build(string promptId, PrivacyContent privacy)
    {
        var composer = new CardComposer(promptId)
            .Heading("What counts as PII and PHI")
            .Trusted(privacy.PiiDefinition.Text)
            .TrustedBullets(privacy.PiiItems.Select(item => item.Text))
            .SectionTitle("PHI is")
            .TrustedBullets(privacy.PhiDefinition.Select(item => item.Text));
        if (!string.IsNullOrWhiteSpace(privacy.MoreInformationUrl))
        {
            composer.TrustedNote($"[More about handling PII]({privacy.MoreInformationUrl})", "More: " + privacy.MoreInformationUrl);
        }

        return composer
            .Buttons(
                composer.SubmitWithoutInputs("Continue where I was", CardActionNames.Continue),
                composer.SubmitWithoutInputs("Other help topics", CardActionNames.HelpTopics))
            .Navigation(Navigation.Cancel)
            .Build();
    }
}
