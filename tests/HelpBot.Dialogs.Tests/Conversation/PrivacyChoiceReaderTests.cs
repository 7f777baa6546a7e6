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
        var choice = Assert.Single(ReviewChoiceReader.FromText(text)!.Choices);

        Assert.Equal(new ReviewChoice(index, decision, replacement), choice);
    }

    [Fact]
    public void FromText_SeveralLines_ReadsEach()
    {
        var typed = ReviewChoiceReader.FromText("mask 1\nremove 2; keep 3");

        Assert.Equal([0, 1, 2], typed!.Choices.Select(c => c.Index));
        Assert.Empty(typed.NotUnderstood);
    }

    [Fact]
    public void FromText_BadLine_KeepsCommands()
    {
        var typed = ReviewChoiceReader.FromText("remove 1\r\nmask 2\r\nmy number is 555-0142");

        Assert.Equal([new ReviewChoice(0, RedactionDecision.Remove), new ReviewChoice(1, RedactionDecision.Mask)], typed!.Choices);
        Assert.Equal([new TextPosition(3)], typed.NotUnderstood);
    }

    [Fact]
    public void FromText_BlankLines_CountInPositions()
    {
        var typed = ReviewChoiceReader.FromText("remove 1\n\nplease\nfrobnicate 2");

        Assert.Single(typed!.Choices);
        Assert.Equal([new TextPosition(3), new TextPosition(4)], typed.NotUnderstood);
    }

    [Fact]
    public void FromText_BadPartAfterSemicolon_NamesPart()
    {
        var typed = ReviewChoiceReader.FromText("mask 1; thanks; keep 2");

        Assert.Equal([0, 1], typed!.Choices.Select(c => c.Index));
        Assert.Equal([new TextPosition(1, 2)], typed.NotUnderstood);
    }

    [Theory]
    [InlineData("remove")]
    [InlineData("keep it")]
    [InlineData("edit description")]
    [InlineData("remove all\nplease")]
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
