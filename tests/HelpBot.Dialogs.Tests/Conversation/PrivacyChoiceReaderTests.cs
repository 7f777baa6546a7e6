using System.Text.Json;
using HelpBot.Dialogs.Conversation.Privacy;
using HelpBot.Privacy;

namespace HelpBot.Dialogs.Tests.Conversation;

public sealed class PrivacyChoiceReaderTests
{
    [Theory]
    [InlineData("remove 1", 0, RedactionDecision.Remove, null)]
    [InlineData("Mask 2", 1, RedactionDecision.Mask, null)]
    [InlineData("keep #3", 2, RedactionDecision.Keep, null)]
    [InlineData("edit 4: the client", 3, RedactionDecision.Edit, "the client")]
    [InlineData("replace 1 with her worker", 0, RedactionDecision.Edit, "her worker")]
    [InlineData("change 2 to on file", 1, RedactionDecision.Edit, "on file")]
    public void FromText_Command_ReadsChoice(string text, int index, RedactionDecision decision, string? replacement)
    {
        var choice = Assert.Single(ReviewChoiceReader.FromText(text)!);

        Assert.Equal(new ReviewChoice(index, decision, replacement), choice);
    }

    [Fact]
    public void FromText_SeveralLines_ReadsEach()
    {
        var choices = ReviewChoiceReader.FromText("mask 1\nremove 2; keep 3");

        Assert.Equal([0, 1, 2], choices!.Select(c => c.Index));
    }

    [Theory]
    [InlineData("remove")]
    [InlineData("keep it")]
    [InlineData("edit description")]
    [InlineData("mask 1\nplease")]
    [InlineData("")]
    public void FromText_NotACommand_ReturnsNull(string text)
    {
        Assert.Null(ReviewChoiceReader.FromText(text));
    }

    [Fact]
    public void FromCard_Inputs_ReadsChoicesAndEditText()
    {
        var value = JsonDocument.Parse("""{"finding-0":"mask","finding-0-text":"ignored","finding-1":"edit","finding-1-text":" on file ","finding-2":"bogus"}""").RootElement;

        var choices = ReviewChoiceReader.FromCard(value, 3);

        Assert.Equal([new ReviewChoice(0, RedactionDecision.Mask), new ReviewChoice(1, RedactionDecision.Edit, "on file")], choices);
    }
}
