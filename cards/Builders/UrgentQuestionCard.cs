namespace HelpBot.Cards.Builders;

/// <summary>Asks whether the case is medically urgent.</summary>
public static class UrgentQuestionCard
{
    /// <summary>Builds the yes-or-no question; each button submits <c>action: urgent</c> with choice yes or no.</summary>
    public static StepCard Build(string promptId)
    {
        var composer = new CardComposer(promptId)
            .Heading("Is this medically urgent?")
            .Trusted("For example, the client needs care or medication soon and cannot get it until the application goes through.");
        return composer
            .Buttons(
                composer.Submit("Yes, it is urgent", CardActionNames.Urgent, CardChoices.Yes),
                composer.Submit("No", CardActionNames.Urgent, CardChoices.No))
            .Navigation(Navigation.Standard)
            .Build();
    }
}
