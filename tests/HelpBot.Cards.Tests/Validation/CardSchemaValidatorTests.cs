using System.Text.Json;

namespace HelpBot.Cards.Tests.Validation;

public sealed class CardSchemaValidatorTests
{
    [Fact]
    public void Validate_MinimalCard_ReturnsNoErrors()
    {
        var errors = CardSchemaValidator.Validate(Parse("""
            {"type":"AdaptiveCard","version":"1.5","body":[{"type":"TextBlock","text":"Hi"}]}
            """));

        Assert.Empty(errors);
    }

    [Theory]
    [InlineData("""{"type":"AdaptiveCard","version":"1.5","body":[{"type":"TextBlock"}]}""")]
    [InlineData("""{"type":"AdaptiveCard","version":"1.5","body":[{"type":"Nope","text":"x"}]}""")]
    [InlineData("""{"type":"AdaptiveCard","version":"1.5","body":[{"type":"TextBlock","text":"x","colour":"red"}]}""")]
    [InlineData("""{"type":"AdaptiveCard","version":"1.5","body":[{"type":"Input.Text"}]}""")]
    [InlineData("""{"type":"AdaptiveCard","version":"1.5","actions":[{"type":"Action.OpenUrl","title":"x"}]}""")]
    [InlineData("""{"type":"AdaptiveCard","version":"1.5","body":[{"type":"TextBlock","text":"x","style":"loud"}]}""")]
    public void Validate_InvalidCard_ReturnsErrors(string json)
    {
        var errors = CardSchemaValidator.Validate(Parse(json));

        Assert.NotEmpty(errors);
    }

    private static JsonElement Parse(string json) => JsonDocument.Parse(json).RootElement.Clone();
}
