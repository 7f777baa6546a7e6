using HelpBot.Cards.Model;
using HelpBot.Domain.Content;
using HelpBot.Domain.Systems;

namespace HelpBot.Cards.Builders;

/// <summary>Asks which website the problem is on: from the page's address, or picked by name.</summary>
public static class WhichSystemCard
{
    public const string PageUrlInputId = "pageUrl";

    /// <summary>
    /// Builds the question. <paramref name="pageUrl"/> prefills an address the user already
    /// typed; <paramref name="reason"/> explains why it was not enough (a look-alike host, for example).
    /// </summary>
    public static StepCard Build(string promptId, DeskAidContent content, string? pageUrl = null, string? reason = null)
    {
        var peak = content.System(SupportSystems.Peak);
        var c4hco = content.System(SupportSystems.ConnectForHealth);
        var composer = new CardComposer(promptId)
            .Heading("Which website is it?")
            .Trusted("The page's web address tells which help desk handles the problem.");
        if (!string.IsNullOrWhiteSpace(reason))
        {
            composer.User(reason, 300);
        }

        var address = new TextInput(PageUrlInputId, "Web address of the page (copy it from the address bar)")
        {
            Style = TextInputStyles.Url,
            Placeholder = "https://...",
            MaxLength = 2000,
            Value = pageUrl,
        }.Required("Paste the page's address, or pick the website below.");
        composer
            .Input(address, "paste the address")
            .Buttons(composer.Submit("Check this address", CardActionNames.CheckAddress))
            .Trusted("Or pick the website:")
            .Buttons(
                composer.SubmitWithoutInputs(peak?.Name ?? "PEAK", CardActionNames.PickSystem, SupportSystems.Peak),
                composer.SubmitWithoutInputs(c4hco?.Name ?? "Connect for Health Colorado", CardActionNames.PickSystem, SupportSystems.ConnectForHealth),
                composer.SubmitWithoutInputs("Not sure", CardActionNames.PickSystem, SupportSystems.Unknown));
        composer.CardAction(new ShowCardAction("How do I find the address?", AddressHelp(peak, c4hco)));
        composer.PlainOnly(AddressHelpText(peak, c4hco));
        return composer.Navigation(Navigation.Standard).Build();
    }

    private static AdaptiveCard AddressHelp(SystemContent? peak, SystemContent? c4hco) =>
        AdaptiveCard.Nested().WithBody(
            new TextBlock("The address is the text in the bar at the top of the browser window. Click it once, "
                + "press Ctrl+C (Cmd+C on a Mac) to copy it, then paste it here with Ctrl+V (Cmd+V)."),
            new TextBlock(AddressHelpText(peak, c4hco)));

    private static string AddressHelpText(SystemContent? peak, SystemContent? c4hco)
    {
        var lines = new List<string>();
        if (peak is not null)
        {
            lines.Add($"{peak.Name} pages start with {peak.Address.ActiveValue}.");
        }

        if (c4hco is not null)
        {
            lines.Add($"{c4hco.Name} pages start with {c4hco.Address.ActiveValue}.");
        }

        return string.Join(" ", lines);
    }
}
