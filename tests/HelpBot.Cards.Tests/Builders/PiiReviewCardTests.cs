using HelpBot.Cards.Builders;
using HelpBot.Cards.Serialization;
using HelpBot.Domain.Reports;
using HelpBot.Privacy;

namespace HelpBot.Cards.Tests.Builders;

public sealed class PiiReviewCardTests
{
    [Theory]
    [InlineData("078-05-1120")]
    [InlineData("Dana Testperson")]
    [InlineData("01/01/1900")]
    [InlineData("303-555-0100")]
    [InlineData("hunter2")]
    public void Build_Findings_NeverEchoesValue(string value)
    {
        var card = CreateCard();

        Assert.DoesNotContain(value, AdaptiveCardAttachment.ToJson(card.Card), StringComparison.Ordinal);
        Assert.DoesNotContain(value, card.PlainText, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("SSN ending 1120")]
    [InlineData("Phone number ending 0100")]
    [InlineData("Finding 1: Name in Description")]
    [InlineData("[SSN]")]
    public void Build_Findings_ShowsMaskedPreview(string expected)
    {
        Assert.Contains(expected, CreateCard().PlainText, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_Findings_OneChoicePerFindingExceptPassword()
    {
        var inputs = CardJson.Inputs(CardJson.Serialize(CreateCard()));

        Assert.Equal(
            ["finding-0", "finding-0-text", "finding-1", "finding-1-text", "finding-2", "finding-2-text", "finding-3", "finding-3-text", "finding-5", "finding-5-text"],
            inputs.Select(input => CardJson.String(input, "id")));
    }

    [Theory]
    [InlineData("Remove it (replace with a label)")]
    [InlineData("Mask it (numbers keep the last four)")]
    [InlineData("Replace it with my text")]
    [InlineData("Keep it (the e-mail must be encrypted)")]
    public void Build_Identifier_OffersEveryChoice(string title)
    {
        Assert.Contains(title, AdaptiveCardAttachment.ToJson(CreateCard().Card), StringComparison.Ordinal);
    }

    [Fact]
    public void Build_LinkedDetail_DefaultsToKeepWithWarning()
    {
        const string text = "Household income is $1,200 a month.";
        var finding = new PiiFinding(PiiCategories.HouseholdIncome, PiiTier.LinkedDetail, 20, 6, 0.8, new PiiExplanation("t", "t", 0.8, 0.8, []));

        var card = PiiReviewCard.Build("p", [new PiiReviewField(ReportFields.Description, "Description", text, [finding])], FakeContent.Create());

        var choice = CardJson.Inputs(CardJson.Serialize(card)).First();
        Assert.Equal("keep", CardJson.String(choice, "value"));
        Assert.Contains("personal when it is linked to a person", card.PlainText, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_EarlierChoices_ShownAsChosen()
    {
        var state = new PiiReviewState { Choices = new Dictionary<int, RedactionChoice> { [1] = RedactionChoice.Edit("the client") } };

        var card = PiiReviewCard.Build(CardCases.PromptId, CardCases.CreatePiiFields("Could not finish enrollment."), FakeContent.Create(), state);

        var inputs = CardJson.Inputs(CardJson.Serialize(card));
        Assert.Equal("edit", CardJson.String(inputs.Single(i => CardJson.String(i, "id") == "finding-1"), "value"));
        Assert.Equal("the client", CardJson.String(inputs.Single(i => CardJson.String(i, "id") == "finding-1-text"), "value"));
    }

    [Theory]
    [InlineData(true, true)]
    [InlineData(false, false)]
    public void Build_RemoteUnavailable_SaysBuiltInCheckWasUsed(bool remoteUnavailable, bool expected)
    {
        var card = PiiReviewCard.Build(CardCases.PromptId, CardCases.CreatePiiFields("x"), FakeContent.Create(), new PiiReviewState { RemoteUnavailable = remoteUnavailable });

        Assert.Equal(expected, card.PlainText.Contains("was unavailable", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(true, true)]
    [InlineData(false, false)]
    public void Build_Screenshots_ShowsNoteOnlyWhenListed(bool hasScreenshots, bool expected)
    {
        var card = PiiReviewCard.Build(CardCases.PromptId, CardCases.CreatePiiFields("x"), FakeContent.Create(), new PiiReviewState { HasScreenshots = hasScreenshots });

        Assert.Equal(expected, card.PlainText.Contains("Check your screenshots", StringComparison.Ordinal));
    }

    [Fact]
    public void Build_ForCall_NoEmailOrScreenshotWording()
    {
        var state = new PiiReviewState { ForCall = true, HasScreenshots = true };

        var card = PiiReviewCard.Build(CardCases.PromptId, CardCases.CreatePiiFields("x"), FakeContent.Create(), state);

        Assert.DoesNotContain("e-mail", card.PlainText, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("encrypt", card.PlainText, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("screenshot", card.PlainText, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("Keep all for the call", card.PlainText, StringComparison.Ordinal);
        Assert.Contains("call checklist may show it", card.PlainText, StringComparison.Ordinal);
        Assert.DoesNotContain("help desk", AdaptiveCardAttachment.ToJson(card.Card), StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("help desk", card.PlainText, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Build_ShortIdentifier_ShowsNoTail()
    {
        const string text = "Medicaid ID 12345 here";
        var field = new PiiReviewField(ReportFields.Description, "Description", text, [CardCases.Finding(PiiCategories.MedicaidId, text, "12345")]);

        var card = PiiReviewCard.Build("p", [field], FakeContent.Create());

        Assert.DoesNotContain("12345", card.PlainText, StringComparison.Ordinal);
        Assert.DoesNotContain("ending", card.PlainText, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_OverlappingFindings_HidesValues()
    {
        const string text = "SSN 078-05-1120.";
        var findings = new[]
        {
            CardCases.Finding(PiiCategories.USSocialSecurityNumber, text, "078-05-1120"),
            new PiiFinding(PiiCategories.PhoneNumber, PiiTier.Identifier, 6, 8, 0.5, new PiiExplanation("t", "t", 0.5, 0.5, [])),
            new PiiFinding(PiiCategories.Person, PiiTier.Identifier, 40, 5, 0.5, new PiiExplanation("t", "t", 0.5, 0.5, [])),
        };

        var card = PiiReviewCard.Build("p", [new PiiReviewField(ReportFields.Description, "Description", text, findings)], FakeContent.Create());

        Assert.DoesNotContain("05-11", card.PlainText, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_ManyFindings_ListsAtMostTheMaximum()
    {
        var text = string.Concat(Enumerable.Range(0, 30).Select(i => $"Name{i:00} "));
        var findings = Enumerable.Range(0, 30)
            .Select(i => new PiiFinding(PiiCategories.Person, PiiTier.Identifier, i * 7, 6, 0.8, new PiiExplanation("t", "t", 0.8, 0.8, [])))
            .ToList();

        var card = PiiReviewCard.Build("p", [new PiiReviewField(ReportFields.Description, "Description", text, findings)], FakeContent.Create());

        Assert.Equal(PiiReviewCard.MaxListedFindings * 2, CardJson.Inputs(CardJson.Serialize(card)).Count);
        Assert.Contains("10 more", card.PlainText, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_Password_NoTypedKeepOffered()
    {
        // The password is the third finding, so no typed example may say "keep 3".
        const string text = "Dana Testperson, SSN 078-05-1120, password Tulip-Fake-4417, phone 303-555-0100.";
        var findings = new[]
        {
            CardCases.Finding(PiiCategories.Person, text, "Dana Testperson"),
            CardCases.Finding(PiiCategories.USSocialSecurityNumber, text, "078-05-1120"),
            CardCases.Finding(PiiCategories.Password, text, "Tulip-Fake-4417"),
            CardCases.Finding(PiiCategories.PhoneNumber, text, "303-555-0100"),
        };

        var plain = PiiReviewCard.Build("p", [new PiiReviewField(ReportFields.Description, "Description", text, findings)], FakeContent.Create()).PlainText;

        Assert.Contains("Finding 3: Password", plain, StringComparison.Ordinal);
        Assert.DoesNotMatch(@"keep 3(?!\d)", plain);
    }

    private static StepCard CreateCard() =>
        PiiReviewCard.Build(CardCases.PromptId, CardCases.CreatePiiFields("Could not finish enrollment."), FakeContent.Create());
}
