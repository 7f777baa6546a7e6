using System.Text.Json;
using HelpBot.Cards.Builders.FollowUp;
using HelpBot.Cards.Builders.Tickets;
using HelpBot.Cards.Serialization;
using HelpBot.Cards.Tests.Text;
using HelpBot.Cards.Tests.Validation;
using HelpBot.Domain.Systems;
using HelpBot.Domain.Tickets;

namespace HelpBot.Cards.Tests.Builders.Tickets;

/// <summary>Rules of the follow-up cards: schema, labels, unique ids, submits that carry a follow-up action and no prompt id.</summary>
public sealed class TicketCardsTests
{
    public static TheoryData<string> Cases => TicketCardCases.All();

    [Theory]
    [MemberData(nameof(Cases))]
    public void Build_Case_MatchesSchema(string name)
    {
        var errors = CardSchemaValidator.Validate(CardJson.Serialize(TicketCardCases.Build(name)));

        Assert.True(errors.Count == 0, string.Join("\n", errors.Take(10)));
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Build_Case_KeepsNumbersAsWritten(string name)
    {
        Assert.Empty(MarkdownNumbering.FindRenumbered(CardJson.Serialize(TicketCardCases.Build(name))));
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Build_Case_EveryInputHasLabelAndRequiredHaveErrorMessage(string name)
    {
        var inputs = CardJson.Inputs(CardJson.Serialize(TicketCardCases.Build(name)));

        Assert.All(inputs, input => Assert.False(string.IsNullOrWhiteSpace(CardJson.String(input, "label"))));
        Assert.All(inputs.Where(i => i.TryGetProperty("isRequired", out var r) && r.GetBoolean()),
            input => Assert.False(string.IsNullOrWhiteSpace(CardJson.String(input, "errorMessage"))));
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Build_Case_IdsAreUnique(string name)
    {
        var ids = CardJson.TypedObjects(CardJson.Serialize(TicketCardCases.Build(name)))
            .Select(item => CardJson.String(item, "id")).OfType<string>().ToList();

        Assert.Equal(ids.Count, ids.Distinct(StringComparer.Ordinal).Count());
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Build_Case_SubmitsCarryFollowUpActionAndNoPromptId(string name)
    {
        var submits = CardJson.Submits(CardJson.Serialize(TicketCardCases.Build(name)));

        Assert.All(submits, submit =>
        {
            var data = submit.GetProperty("data");
            Assert.True(FollowUpActions.IsFollowUp(CardJson.String(data, "action")));
            Assert.Null(CardJson.String(data, "promptId"));
        });
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Build_Case_HasVersionFallbackAndPlainText(string name)
    {
        var card = TicketCardCases.Build(name);
        var json = CardJson.Serialize(card);

        Assert.Equal("1.5", CardJson.String(json, "version"));
        Assert.False(string.IsNullOrWhiteSpace(CardJson.String(json, "fallbackText")));
        Assert.False(string.IsNullOrWhiteSpace(card.PlainText));
    }

    [Theory]
    [InlineData("ticketInjectionDraft")]
    [InlineData("digestInjection")]
    public void Build_InjectionText_RendersNoLinkToUserAddress(string name)
    {
        var json = CardJson.Serialize(TicketCardCases.Build(name));

        var html = string.Concat(MarkdownTexts(json).Select(MarkdownRendering.ToHtml));

        Assert.DoesNotContain("href=\"https://evil.example", html, StringComparison.Ordinal);
    }

    [Fact]
    public void TicketUpdateCard_OpenTicket_SubmitsCarryTicketId()
    {
        var submits = CardJson.Submits(CardJson.Serialize(TicketCardCases.Build("ticketConnectOverdue")));

        Assert.Equal(4, submits.Count);
        Assert.All(submits, submit => Assert.Equal("HB-00000000000B", CardJson.String(submit.GetProperty("data"), "ticketId")));
    }

    [Fact]
    public void TicketUpdateCard_StatusChoices_AreTicketStatuses()
    {
        var status = CardJson.Inputs(CardJson.Serialize(TicketCardCases.Build("ticketPeakDrafted")))
            .Single(input => CardJson.String(input, "id") == FollowUpKeys.Status);

        var values = status.GetProperty("choices").EnumerateArray().Select(c => c.GetProperty("value").GetString()).ToList();

        Assert.Equal([TicketStatus.Reported, TicketStatus.Acknowledged, TicketStatus.Escalated, TicketStatus.Resolved, TicketStatus.Closed], values);
    }

    [Fact]
    public void TicketUpdateCard_IncidentInput_HasPatternAndMaxLength()
    {
        var input = CardJson.Inputs(CardJson.Serialize(TicketCardCases.Build("ticketPeakDrafted")))
            .Single(i => CardJson.String(i, "id") == FollowUpKeys.IncidentNumber);

        Assert.Equal(TicketUpdateCard.IncidentNumberPattern, CardJson.String(input, "regex"));
        Assert.Equal(TicketUpdateCard.MaxIncidentNumberLength, input.GetProperty("maxLength").GetInt32());
    }

    [Fact]
    public void TicketUpdateCard_RejectedDraft_IsPrefilled()
    {
        var input = CardJson.Inputs(CardJson.Serialize(TicketCardCases.Build("ticketWithDraft")))
            .Single(i => CardJson.String(i, "id") == FollowUpKeys.IncidentNumber);

        Assert.Equal("0001-23", CardJson.String(input, "value"));
    }

    [Fact]
    public void TicketUpdateCard_ConnectTicket_HasCallDetails()
    {
        var json = CardJson.Serialize(TicketCardCases.Build("ticketCallDetailsDraft"));
        var submit = CardJson.Submits(json).Single(s => CardJson.String(s.GetProperty("data"), "action") == FollowUpActions.SetCallDetails);
        var inputs = CardJson.Inputs(json).ToDictionary(input => CardJson.String(input, "id")!);

        Assert.Equal("Save the call details", CardJson.String(submit, "title"));
        Assert.Equal("today 2:30 pm", CardJson.String(inputs[FollowUpKeys.CalledAt], "value"));
        Assert.Equal("3 business days", CardJson.String(inputs[FollowUpKeys.TimeFrame], "value"));
        Assert.Equal("0001-23", CardJson.String(inputs[FollowUpKeys.IncidentNumber], "value"));
        Assert.DoesNotContain(CardJson.Submits(json), s => CardJson.String(s.GetProperty("data"), "action") == FollowUpActions.AddIncidentNumber);
        Assert.Contains("Called: Tue Mar 17, 2026 11:00 AM", TicketCardCases.Build("ticketCallDetailsDraft").PlainText, StringComparison.Ordinal);
    }

    [Fact]
    public void TicketUpdateCard_PeakTicket_HasReplyDetails()
    {
        var json = CardJson.Serialize(TicketCardCases.Build("ticketPeakDrafted"));
        var submit = CardJson.Submits(json).Single(s => CardJson.String(s.GetProperty("data"), "action") == FollowUpActions.SetCallDetails);
        var inputs = CardJson.Inputs(json).Select(input => CardJson.String(input, "id")).ToList();

        Assert.Equal("Save the reply", CardJson.String(submit, "title"));
        Assert.Contains(FollowUpKeys.IncidentNumber, inputs);
        Assert.Contains(FollowUpKeys.RepliedAt, inputs);
        Assert.Contains(FollowUpKeys.TimeFrame, inputs);
        Assert.DoesNotContain(FollowUpKeys.CalledAt, inputs);
        Assert.DoesNotContain(CardJson.Submits(json), s => CardJson.String(s.GetProperty("data"), "action") == FollowUpActions.AddIncidentNumber);
    }

    [Fact]
    public void TicketUpdateCard_PeakReply_ShowsReplyAndTimeFrame()
    {
        var card = TicketCardCases.Build("ticketPeakReply");
        var titles = CardJson.TypedObjects(CardJson.Serialize(card)).Where(item => CardJson.Type(item) == "Action.ShowCard").Select(a => CardJson.String(a, "title"));

        Assert.Contains("Reply received: Thu Mar 19, 2026 11:00 AM", card.PlainText, StringComparison.Ordinal);
        Assert.Contains("Time frame: 2 business days", card.PlainText, StringComparison.Ordinal);
        Assert.Contains("Update promised by: Mon Mar 23, 2026 11:00 AM", card.PlainText, StringComparison.Ordinal);
        Assert.Contains("Correct the help desk's reply", titles);
    }

    [Fact]
    public void TicketUpdateCard_RejectedReplyDraft_IsPrefilled()
    {
        var json = CardJson.Serialize(TicketCardCases.Build("ticketInjectionReplyDetails"));
        var inputs = CardJson.Inputs(json).ToDictionary(input => CardJson.String(input, "id")!);

        Assert.NotNull(CardJson.String(inputs[FollowUpKeys.RepliedAt], "value"));
        Assert.NotNull(CardJson.String(inputs[FollowUpKeys.TimeFrame], "value"));
    }

    [Fact]
    public void TicketUpdateCard_UrgentTicket_OffersNoMarkUrgent()
    {
        var titles = CardJson.Submits(CardJson.Serialize(TicketCardCases.Build("ticketUrgent"))).Select(s => CardJson.String(s, "title"));

        Assert.DoesNotContain("Mark medically urgent", titles);
    }

    [Fact]
    public void TicketUpdateCard_OpenTicket_OffersMarkMedicallyUrgent()
    {
        var titles = CardJson.Submits(CardJson.Serialize(TicketCardCases.Build("ticketConnectDrafted"))).Select(s => CardJson.String(s, "title"));

        Assert.Contains("Mark medically urgent", titles);
        Assert.DoesNotContain("Mark urgent", titles);
    }

    [Fact]
    public void TicketUpdateCard_PeakDrafted_NextStepSaysSendTheEmail()
    {
        var card = TicketCardCases.Build("ticketPeakDrafted");

        Assert.Contains("Send the e-mail draft", card.PlainText, StringComparison.Ordinal);
    }

    [Fact]
    public void TicketUpdateCard_ConnectDrafted_NoPortalNote()
    {
        var card = TicketCardCases.Build("ticketConnectDrafted");

        Assert.Contains("Call the Service Center with your checklist", card.PlainText, StringComparison.Ordinal);
        Assert.DoesNotContain("customer portal", card.PlainText, StringComparison.Ordinal);
    }

    [Fact]
    public void MyTicketsCard_ConnectDraftedOnly_NoPortalNote()
    {
        var drafted = TicketCardCases.Ticket("HB-00000000000F", SupportSystems.ConnectForHealth, TicketStatus.Drafted, TicketCardCases.Now.AddHours(-2));

        var card = MyTicketsCard.Build([drafted], TicketCardCases.Content(), TicketCardCases.Now);

        Assert.DoesNotContain("customer portal", card.PlainText, StringComparison.Ordinal);
    }

    [Fact]
    public void TicketUpdateCard_ConnectOverdue_NextStepNamesTeamLeadAndPortal()
    {
        var card = TicketCardCases.Build("ticketConnectOverdue");

        Assert.Contains("Team Lead", card.PlainText, StringComparison.Ordinal);
        Assert.Contains("customer portal", card.PlainText, StringComparison.Ordinal);
        Assert.Contains("overdue", card.PlainText, StringComparison.Ordinal);
    }

    [Fact]
    public void MyTicketsCard_Mixed_ListsOpenAndCountsClosed()
    {
        var card = TicketCardCases.Build("myTicketsMixed");

        Assert.Contains("Open: 3. Resolved or closed: 2. Overdue: 1.", card.PlainText, StringComparison.Ordinal);
        Assert.Contains("HB-00000000000B", card.PlainText, StringComparison.Ordinal);
        Assert.DoesNotContain("HB-00000000000D", card.PlainText, StringComparison.Ordinal);
        Assert.Contains("none yet", card.PlainText, StringComparison.Ordinal);
        Assert.Contains("customer portal", card.PlainText, StringComparison.Ordinal);
    }

    [Fact]
    public void MyTicketsCard_Many_ListsAtMostMaxAndSaysHowManyMore()
    {
        var card = TicketCardCases.Build("myTicketsMany");

        Assert.Contains("4 older open tickets are not shown", card.PlainText, StringComparison.Ordinal);
        Assert.Equal(MyTicketsCard.MaxListed, card.PlainText.Split('\n').Count(line => line.StartsWith("- HB-", StringComparison.Ordinal)));
    }

    [Fact]
    public void MyTicketsCard_Listed_SkipsClosedNewestFirst()
    {
        var listed = MyTicketsCard.Listed(TicketCardCases.Mixed());

        Assert.Equal(["HB-00000000000C", "HB-00000000000A", "HB-00000000000B"], listed.Select(t => t.Id));
    }

    [Fact]
    public void DigestCard_Digest_ShowsCountsAndDownload()
    {
        var card = TicketCardCases.Build("digest");
        var json = CardJson.Serialize(card);

        Assert.Contains("Created in the period: 5", card.PlainText, StringComparison.Ordinal);
        Assert.Contains("Overdue now: 1", card.PlainText, StringComparison.Ordinal);
        Assert.Contains("benefit-information: 5", card.PlainText, StringComparison.Ordinal);
        Assert.Contains(CardJson.TypedObjects(json), item => CardJson.Type(item) == "Action.OpenUrl" && CardJson.String(item, "url") == "http://127.0.0.1:3978/digests/abc.csv");
    }

    [Fact]
    public void DigestCard_Empty_SaysNoneAndOffersNoDownload()
    {
        var card = TicketCardCases.Build("digestEmpty");

        Assert.Contains("None", card.PlainText, StringComparison.Ordinal);
        Assert.DoesNotContain(CardJson.TypedObjects(CardJson.Serialize(card)), item => CardJson.Type(item) == "Action.OpenUrl");
    }

    [Fact]
    public void AdaptiveCardJson_TicketCard_HasNoNulls()
    {
        var json = AdaptiveCardAttachment.ToJson(TicketCardCases.Build("ticketConnectOverdue").Card);

        Assert.DoesNotContain("null", json, StringComparison.Ordinal);
    }

    private static IEnumerable<string> MarkdownTexts(JsonElement card)
    {
        foreach (var item in CardJson.TypedObjects(card))
        {
            if (CardJson.Type(item) == "TextBlock")
            {
                yield return CardJson.String(item, "text")!;
            }

            if (CardJson.Type(item) == "FactSet")
            {
                foreach (var fact in item.GetProperty("facts").EnumerateArray())
                {
                    yield return CardJson.String(fact, "title")!;
                    yield return CardJson.String(fact, "value")!;
                }
            }
        }
    }
}
