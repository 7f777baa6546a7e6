namespace HelpBot.Cards.Builders;

/// <summary>The greeting and main menu: report a problem, check a ticket, help topics.</summary>
public static class WelcomeCard
{
    /// <summary>Builds the main menu; <paramref name="returning"/> shortens the greeting for a user seen before.</summary>
    public static StepCard Build(string promptId, bool returning = false)
    {
        var composer = new CardComposer(promptId)
            .Heading(returning ? "Welcome back to HelpBot" : "Welcome to HelpBot");
        if (!returning)
        {
            composer.Trusted(
                "I help CBO staff report technical problems with PEAK and Connect for Health Colorado: "
                + "first some quick fixes, then the right place to report it, with everything the help desk needs.");
        }

        composer
            .TrustedNote("Never type a client's personal details (name, SSN, birth date, case notes) into this chat.")
            .Trusted("What would you like to do?")
            .Buttons(
                composer.Submit("Report a problem", CardActionNames.ReportProblem),
                composer.Submit("Check a ticket", CardActionNames.CheckTicket),
                composer.Submit("Help topics", CardActionNames.HelpTopics));
        return composer.Build();
    }
}
