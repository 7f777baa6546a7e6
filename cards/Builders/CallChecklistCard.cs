using HelpBot.Cards.Model;
using HelpBot.Domain.Drafts;

namespace HelpBot.Cards.Builders;

/// <summary>The checklist for calling the Connect for Health Colorado Service Center.</summary>
public static class CallChecklistCard
{
    private const int MaxAnswerLength = 1000;

    /// <summary>
    /// Builds the checklist. <paramref name="certifiedRole"/> is true for Certified Health
    /// Coverage Guides, Certified Application Counselors and brokers, whose internal process
    /// comes first, so the role note moves to the top.
    /// </summary>
    public static StepCard Build(string promptId, CallChecklist checklist, bool certifiedRole = false)
    {
        var composer = new CardComposer(promptId).Heading("Call the Service Center");
        if (certifiedRole)
        {
            composer.Warning(checklist.RoleNote);
        }

        if (checklist.UrgentNote is not null)
        {
            composer.Warning(checklist.UrgentNote);
        }

        if (CallChecklistComposer.KeptNote(checklist) is { } kept)
        {
            composer.Warning(kept);
        }

        composer
            .UserFacts([("Phone", checklist.Phone), ("TTY", checklist.Tty), ("Hours", checklist.Hours)], 200)
            .Element(new ActionSet().WithActions(
                new OpenUrlAction($"Call {checklist.Phone}", checklist.TelUri),
                new OpenUrlAction($"Call TTY {checklist.Tty}", checklist.TtyTelUri)))
            .Warning(checklist.CustomerMustBePresent)
            .SectionTitle("Have ready for the call")
            .TrustedBullets(checklist.HaveReady)
            .Warning(checklist.NeverTypeIntoChat)
            .SectionTitle("Describe the problem");
        foreach (var item in checklist.Describe)
        {
            composer.Trusted($"**{item.Text}**", item.Text);
            if (string.IsNullOrWhiteSpace(item.Answer))
            {
                composer.TrustedNote("Not answered yet: have it ready for the call.");
            }
            else
            {
                composer.User(item.Answer, MaxAnswerLength);
            }
        }

        composer
            .SectionTitle("If it is not solved during the call, write down")
            .TrustedBullets(checklist.NoteDuringCall);
        if (!certifiedRole)
        {
            composer.TrustedNote(checklist.RoleNote);
        }

        composer.CardAction(new ShowCardAction("What to expect", WhatToExpect(checklist)));
        composer.PlainOnly(WhatToExpectText(checklist));
        return composer
            .Buttons(
                composer.SubmitWithoutInputs("I called: log the call", CardActionNames.LogCall),
                composer.SubmitWithoutInputs("I will call later", CardActionNames.CallLater))
            .Navigation(Navigation.Standard)
            .Build();
    }

    private static AdaptiveCard WhatToExpect(CallChecklist checklist) =>
        AdaptiveCard.Nested().WithBody(
            new TextBlock(Bullets(checklist.WhatToExpect)),
            TextBlock.SectionTitle("Escalation"),
            new TextBlock(Bullets(checklist.Escalation)),
            TextBlock.SectionTitle("Checking the status"),
            new TextBlock(checklist.StatusCheck));

    private static string WhatToExpectText(CallChecklist checklist) =>
        "\nWhat to expect:\n" + Bullets(checklist.WhatToExpect)
        + "\nEscalation:\n" + Bullets(checklist.Escalation)
        + "\nChecking the status: " + checklist.StatusCheck;

    private static string Bullets(IEnumerable<string> items) =>
        string.Join("\n", items.Where(item => !string.IsNullOrWhiteSpace(item)).Select(item => "- " + item));
}
