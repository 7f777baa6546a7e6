using System.Text.Json;
using HelpBot.Dialogs.Conversation.Fields;
using HelpBot.Dialogs.Conversation.Prompts;
using HelpBot.Domain.Content;
using HelpBot.Domain.Reports;

namespace HelpBot.Dialogs.Tests.Conversation;

public sealed class FieldCardsTests
{
    private static DeskAidContent Content { get; } = DeskAidContentLoader.Load(DeskAidContentLoader.DefaultPath);

    [Theory]
    [InlineData(ReportFields.Screenshot)]
    [InlineData(ReportFields.CaseNumber)]
    [InlineData(ReportFields.When)]
    [InlineData(ReportFields.Browser)]
    public void Create_Field_ShowsTypedHintAsWrappingText(string field)
    {
        var question = FieldQuestions.For(field, Content);

        var card = FieldCards.Create(question, prefill: null, "prompt-1", "fallback").Attachments![0].Content!.Value;

        var body = card.GetProperty("body").EnumerateArray().ToList();
        var hint = body.Single(element => element.TryGetProperty("text", out var text)
            && text.ValueKind == JsonValueKind.String
            && text.GetString() == question.TypedHint);
        Assert.True(hint.GetProperty("wrap").GetBoolean());
        var input = body.Single(element => element.GetProperty("type").GetString() == "Input.Text");
        Assert.False(input.TryGetProperty("placeholder", out _));
    }

    [Theory]
    [InlineData(DescriptionGaps.OtherSystem, "Your message also names another system, or says you are not sure which one. Please check that it describes the problem in Connect for Health Colorado.")]
    [InlineData(DescriptionGaps.NoErrorDetail, "Your message says the error text was not kept. If you can, add what the screen showed, even roughly.")]
    [InlineData(DescriptionGaps.TooThin, null)]
    [InlineData(null, null)]
    public void LeadNote_DescriptionGap_ExplainsQuestion(string? gap, string? expected)
    {
        var report = new IssueReport { System = HelpBot.Domain.Systems.SupportSystems.ConnectForHealth, Description = "The link spins.", DescriptionGap = gap };

        Assert.Equal(expected, FieldQuestionActivity.LeadNote(ReportFields.Description, report, Content, TimeZoneInfo.Utc));
    }
}
