using System.Text.Json;
using HelpBot.Cards.Serialization;
using HelpBot.Cards.Tests.Text;
using HelpBot.Cards.Tests.Validation;

namespace HelpBot.Cards.Tests.Builders;

/// <summary>Rules every card must keep, checked on every builder with every flavor of user text.</summary>
public sealed class AllCardsTests
{
    /// <summary>Conservative Teams budget for one card's JSON: the Incoming Webhook limit, 28 KB.</summary>
    private const int TeamsBudgetBytes = 28 * 1024;

    public static TheoryData<string, string> Cases => CardCases.All();

    [Theory]
    [MemberData(nameof(Cases))]
    public void Build_AnyInput_MatchesSchema(string builder, string flavor)
    {
        var json = CardJson.Serialize(CardCases.Build(builder, flavor));

        var errors = CardSchemaValidator.Validate(json);

        Assert.True(errors.Count == 0, string.Join("\n", errors.Take(10)));
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Build_AnyInput_KeepsNumbersAsWritten(string builder, string flavor)
    {
        var renumbered = MarkdownNumbering.FindRenumbered(CardJson.Serialize(CardCases.Build(builder, flavor)));

        Assert.Empty(renumbered);
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Build_AnyInput_EveryInputHasLabel(string builder, string flavor)
    {
        var inputs = CardJson.Inputs(CardJson.Serialize(CardCases.Build(builder, flavor)));

        Assert.All(inputs, input => Assert.False(string.IsNullOrWhiteSpace(CardJson.String(input, "label"))));
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Build_AnyInput_RequiredInputsHaveErrorMessage(string builder, string flavor)
    {
        var required = CardJson.Inputs(CardJson.Serialize(CardCases.Build(builder, flavor)))
            .Where(input => input.TryGetProperty("isRequired", out var value) && value.GetBoolean());

        Assert.All(required, input => Assert.False(string.IsNullOrWhiteSpace(CardJson.String(input, "errorMessage"))));
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Build_AnyInput_IdsAreUnique(string builder, string flavor)
    {
        var ids = CardJson.TypedObjects(CardJson.Serialize(CardCases.Build(builder, flavor)))
            .Select(item => CardJson.String(item, "id"))
            .OfType<string>()
            .ToList();

        Assert.Equal(ids.Count, ids.Distinct(StringComparer.Ordinal).Count());
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Build_AnyInput_EverySubmitCarriesPromptId(string builder, string flavor)
    {
        var submits = CardJson.Submits(CardJson.Serialize(CardCases.Build(builder, flavor)));

        Assert.All(submits, submit => Assert.Equal(CardCases.PromptId, CardJson.String(submit.GetProperty("data"), "promptId")));
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Build_AnyInput_EverySubmitHasActionOrCommand(string builder, string flavor)
    {
        var submits = CardJson.Submits(CardJson.Serialize(CardCases.Build(builder, flavor)));

        Assert.All(submits, submit =>
        {
            var data = submit.GetProperty("data");
            Assert.True((CardJson.String(data, "action") is null) != (CardJson.String(data, "command") is null));
        });
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Build_AnyInput_NavigationSkipsInputValidation(string builder, string flavor)
    {
        var navigation = CardJson.Submits(CardJson.Serialize(CardCases.Build(builder, flavor)))
            .Where(submit => CardJson.String(submit.GetProperty("data"), "command") is not null);

        Assert.All(navigation, submit => Assert.Equal("none", CardJson.String(submit, "associatedInputs")));
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Build_AnyInput_HasVersionAndFallback(string builder, string flavor)
    {
        var card = CardCases.Build(builder, flavor);
        var json = CardJson.Serialize(card);

        Assert.Equal("1.5", CardJson.String(json, "version"));
        Assert.False(string.IsNullOrWhiteSpace(CardJson.String(json, "fallbackText")));
        Assert.False(string.IsNullOrWhiteSpace(card.PlainText));
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Build_AnyInput_LeavesNoBidiOverride(string builder, string flavor)
    {
        var card = CardCases.Build(builder, flavor);
        var json = AdaptiveCardAttachment.ToJson(card.Card);

        Assert.DoesNotContain('\u202E', json);
        Assert.DoesNotContain('\u202E', card.PlainText);
    }

    [Theory]
    [MemberData(nameof(RealisticCases))]
    public void Build_RealisticInput_StaysUnderTeamsBudget(string builder)
    {
        var size = AdaptiveCardAttachment.GetUtf8Size(CardCases.Build(builder, "realistic").Card);

        Assert.InRange(size, 1, TeamsBudgetBytes);
    }

    [Theory]
    [MemberData(nameof(RealisticCases))]
    public void Build_LongInput_StaysUnderTeamsBudget(string builder)
    {
        var size = AdaptiveCardAttachment.GetUtf8Size(CardCases.Build(builder, "long").Card);

        Assert.InRange(size, 1, TeamsBudgetBytes);
    }

    public static TheoryData<string> RealisticCases()
    {
        var data = new TheoryData<string>();
        foreach (var builder in CardCases.Builders)
        {
            data.Add(builder);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(RealisticCases))]
    public void Build_InjectionInput_RendersNoLinkToUserAddress(string builder)
    {
        var json = CardJson.Serialize(CardCases.Build(builder, "injection"));

        var html = string.Concat(MarkdownTexts(json).Select(MarkdownRendering.ToHtml));

        Assert.DoesNotContain("evil.example", LinkTargets(html));
    }

    [Theory]
    [MemberData(nameof(RealisticCases))]
    public void Build_InjectionInput_RendersNoUserFormatting(string builder)
    {
        var json = CardJson.Serialize(CardCases.Build(builder, "injection"));

        var userBlocks = MarkdownTexts(json).Where(text => text.Contains("evil", StringComparison.Ordinal));

        Assert.All(userBlocks, text => Assert.Empty(MarkdownRendering.FormattingTags(text)));
    }

    // Text that renderers read as markdown: TextBlock text and FactSet titles and values.
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

    private static string LinkTargets(string html) =>
        string.Join("\n", html.Split("href=\"").Skip(1).Select(part => part[..part.IndexOf('"', StringComparison.Ordinal)]));

    [Fact]
    public void ToJsonElement_Card_OmitsNullProperties()
    {
        var json = AdaptiveCardAttachment.ToJson(CardCases.Build("welcome", "realistic").Card);

        Assert.DoesNotContain("null", json, StringComparison.Ordinal);
        Assert.DoesNotContain("\"$schema\"", json, StringComparison.Ordinal);
    }

    [Fact]
    public void ToJsonElement_Card_PutsTypeFirst()
    {
        var json = CardJson.Serialize(CardCases.Build("tips", "realistic"));
        var firstBodyProperty = json.GetProperty("body")[0].EnumerateObject().First();

        Assert.Equal("type", firstBodyProperty.Name);
    }

    [Fact]
    public void ContentType_Constant_IsAdaptiveCardType()
    {
        Assert.Equal("application/vnd.microsoft.card.adaptive", AdaptiveCardAttachment.ContentType);
    }

    [Fact]
    public void ToJson_RoundTrip_ReadsCard()
    {
        var json = AdaptiveCardAttachment.ToJson(CardCases.Build("peakForm", "realistic").Card);

        var card = JsonSerializer.Deserialize(json, CardJsonContext.Default.AdaptiveCard);

        Assert.NotNull(card);
        Assert.NotEmpty(card.Body);
    }
}
