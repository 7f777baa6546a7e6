using HelpBot.Cards.Builders;
using HelpBot.Dialogs.Conversation.Privacy;
using HelpBot.Privacy;

namespace HelpBot.Dialogs.Tests.Conversation;

public sealed class PrivacyReviewMessagesTests
{
    private static readonly PiiExplanation Explanation = new("test", "test", 1, 1, []);

    [Fact]
    public void Summary_RemoveAllHealthOnly_NamesHealthLabel()
    {
        var fields = new List<FieldFindings> { Field(PiiCategories.HealthInformation) };

        var message = PrivacyReviewMessages.Summary(fields, new ReviewAnswer(CardActionNames.RemoveAll, null, []), []);

        Assert.Equal("I replaced the personal information with the label [HEALTH INFO].", message);
    }

    [Fact]
    public void Summary_RemoveAllSeveral_NamesEachLabelOnce()
    {
        var fields = new List<FieldFindings> { Field(PiiCategories.Person, PiiCategories.USSocialSecurityNumber, PiiCategories.Person) };

        var message = PrivacyReviewMessages.Summary(fields, new ReviewAnswer(CardActionNames.RemoveAll, null, []), []);

        Assert.Equal("I replaced the personal information with the labels [NAME] and [SSN].", message);
    }

    private static FieldFindings Field(params string[] categories) => new(
        "description",
        new string('x', categories.Length * 10),
        [.. categories.Select((category, i) => new PiiFinding(category, PiiTier.Identifier, i * 10, 5, 0.9, Explanation))]);
}
