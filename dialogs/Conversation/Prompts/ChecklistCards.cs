using System.Text;
using HelpBot.Cards.Model;
using HelpBot.Cards.Serialization;
using HelpBot.Cards.Text;
using HelpBot.Dialogs.Conversation.Replies;
using HelpBot.Domain.Drafts;
using HelpBot.Protocol.Models;

namespace HelpBot.Dialogs.Conversation.Prompts;

/// <summary>The call checklist for the Connect for Health Colorado Service Center, as a card and as text.</summary>
public static class ChecklistCards
{
    public static Activity Create(CallChecklist checklist)
    {
        ArgumentNullException.ThrowIfNull(checklist);
        var text = BuildText(checklist);
        var describe = new FactSet();
        foreach (var item in checklist.Describe)
        {
            describe.WithFact(item.Text, CardText.Escape(item.Answer ?? "(have it ready)", 300));
        }

        var body = new List<CardElement>
        {
            TextBlock.Heading("Your call checklist"),
            new TextBlock($"Call the Service Center at {checklist.Phone} (TTY {checklist.Tty}){Hours(checklist)}."),
            TextBlock.Note(checklist.CustomerMustBePresent).WithColor(TextColors.Attention),
            TextBlock.SectionTitle("Have ready"),
            new TextBlock(Bullets(checklist.HaveReady)),
            TextBlock.Note(checklist.NeverTypeIntoChat),
            TextBlock.SectionTitle("Describe"),
            describe,
        };
        if (CallChecklistComposer.ScreenshotsNote(checklist) is { } screenshots)
        {
            body.Add(new TextBlock(CardText.Escape(screenshots)));
        }

        body.AddRange(
        [
            TextBlock.SectionTitle("Write down if it is not solved on the call"),
            new TextBlock(Bullets(checklist.NoteDuringCall)),
            TextBlock.SectionTitle("What to expect"),
            new TextBlock(Bullets(checklist.WhatToExpect)),
        ]);
        if (checklist.UrgentNote is not null)
        {
            body.Insert(2, TextBlock.Note(CardText.Escape(checklist.UrgentNote)).WithColor(TextColors.Attention));
        }

        if (checklist.ClosedNote is not null)
        {
            body.Insert(2, TextBlock.Note(CardText.Escape(checklist.ClosedNote)).WithColor(TextColors.Attention));
        }

        if (CallChecklistComposer.KeptNote(checklist) is { } kept)
        {
            body.Add(TextBlock.Note(CardText.Escape(kept)).WithColor(TextColors.Attention));
        }

        var card = new AdaptiveCard()
            .WithBody(body)
            .WithActions(new OpenUrlAction("Call the Service Center", checklist.TelUri))
            .WithFallbackText(text);
        return Reply.Card(AdaptiveCardAttachment.ToJsonElement(card), text);
    }

    private static string BuildText(CallChecklist checklist)
    {
        var text = new StringBuilder("Your call checklist\n\n")
            .Append("Call the Service Center at ").Append(checklist.Phone).Append(" (TTY ").Append(checklist.Tty).Append(')').Append(Hours(checklist)).Append(".\n")
            .Append(checklist.ClosedNote is null ? "" : checklist.ClosedNote + "\n")
            .Append(checklist.UrgentNote is null ? "" : checklist.UrgentNote + "\n")
            .Append(checklist.CustomerMustBePresent).Append("\n\nHave ready:\n").Append(ContentText.Bullets(checklist.HaveReady))
            .Append('\n').Append(checklist.NeverTypeIntoChat).Append("\n\nDescribe:\n")
            .Append(ContentText.Bullets(checklist.Describe.Select(i => $"{i.Text}: {i.Answer ?? "(have it ready)"}")))
            .Append(CallChecklistComposer.ScreenshotsNote(checklist) is { } screenshots ? "\n" + screenshots : "")
            .Append("\n\nWrite down if it is not solved on the call:\n").Append(ContentText.Bullets(checklist.NoteDuringCall))
            .Append("\n\nWhat to expect:\n").Append(ContentText.Bullets(checklist.WhatToExpect));
        if (CallChecklistComposer.KeptNote(checklist) is { } kept)
        {
            text.Append("\n\n").Append(kept);
        }

        return text.ToString();
    }

    private static string Hours(CallChecklist checklist) => checklist.Hours is null ? "" : $", {checklist.Hours.TrimEnd('.')}";

    private static string Bullets(IEnumerable<string> items) => CardText.Escape(string.Join("\n", items.Select(i => $"• {i}")));
}
