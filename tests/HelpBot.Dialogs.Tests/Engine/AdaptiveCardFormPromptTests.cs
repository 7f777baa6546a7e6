using System.Text.Json;
using System.Text.Json.Nodes;
using HelpBot.Dialogs.Engine;
using HelpBot.Dialogs.Engine.Prompts;
using HelpBot.Dialogs.Engine.Waterfall;
using HelpBot.Protocol.Models;
using HelpBot.Testing;

namespace HelpBot.Dialogs.Tests.Engine;

public class AdaptiveCardFormPromptTests
{
    private const string FormPromptId = "form-0001";
    private static readonly DialogMessages Messages = new();

    [Fact]
    public async Task FormPrompt_ValidSubmit_EndsWithFieldValues()
    {
        await CreateFlow()
            .Send("hi")
            .AssertReplySatisfies(AssertIsFormCard)
            .SendValue(Submit("""{"caseNumber":"1B00000","phone":"303-555-0100","county":"Denver"}"""))
            .AssertReply("""Result: {"caseNumber":"1B00000","phone":"303-555-0100","county":"Denver"}""")
            .StartTestAsync();
    }

    [Fact]
    public async Task FormPrompt_Card_CarriesPromptIdInSubmitData()
    {
        await CreateFlow()
            .Send("hi")
            .AssertReplySatisfies(reply =>
            {
                var card = JsonNode.Parse(reply.Attachments![0].Content!.Value.GetRawText())!;
                Assert.Equal(FormPromptId, card["actions"]![0]!["data"]![SubmitDataKeys.PromptId]!.GetValue<string>());
                Assert.Equal("submit", card["actions"]![0]!["data"]!["action"]!.GetValue<string>());
            })
            .StartTestAsync();
    }

    [Fact]
    public async Task FormPrompt_NoPromptId_StampsNewId()
    {
        await CreateFlow(promptId: null)
            .Send("hi")
            .AssertReplySatisfies(reply =>
            {
                var card = JsonNode.Parse(reply.Attachments![0].Content!.Value.GetRawText())!;
                var id = card["actions"]![0]!["data"]![SubmitDataKeys.PromptId]!.GetValue<string>();
                Assert.Equal(16, id.Length);
            })
            .StartTestAsync();
    }

    [Fact]
    public async Task FormPrompt_PartlyInvalid_KeepsValidFields()
    {
        await CreateFlow()
            .Send("hi")
            .AssertReplySatisfies(AssertIsFormCard)
            .SendValue(Submit("""{"caseNumber":"12345","county":"Denver"}"""))
            .AssertReply(
                "Some answers need a fix:\n- Case number: must look like 1B00000.\n- Phone is required.\n\n"
                + "I kept what you already entered for: County.")
            .AssertReplySatisfies(reply =>
            {
                var card = JsonNode.Parse(reply.Attachments![0].Content!.Value.GetRawText())!;
                Assert.Equal("Denver", card["body"]![2]!["value"]!.GetValue<string>());
                Assert.Equal("12345", card["body"]![0]!["value"]!.GetValue<string>());
            })
            .SendValue(Submit("""{"caseNumber":"1B00000","phone":"303-555-0100"}"""))
            .AssertReply("""Result: {"county":"Denver","caseNumber":"1B00000","phone":"303-555-0100"}""")
            .StartTestAsync();
    }

    [Fact]
    public async Task FormPrompt_InvalidReplacement_KeepsEarlierValidValue()
    {
        await CreateFlow()
            .Send("hi")
            .AssertReplySatisfies(AssertIsFormCard)
            .SendValue(Submit("""{"caseNumber":"1B00000"}"""))
            .AssertReplyContains("Phone is required.")
            .AssertReplySatisfies(AssertIsFormCard)
            .SendValue(Submit("""{"caseNumber":"oops","phone":"303-555-0100"}"""))
            .AssertReplyContains("Case number: must look like 1B00000.")
            .AssertReplySatisfies(AssertIsFormCard)
            .SendValue(Submit("""{"county":"Adams"}"""))
            .AssertReply("""Result: {"caseNumber":"1B00000","phone":"303-555-0100","county":"Adams"}""")
            .StartTestAsync();
    }

    [Fact]
    public async Task FormPrompt_TypedLines_AcceptedByLabelNameOrAlias()
    {
        await CreateFlow()
            .Send("hi")
            .AssertReplySatisfies(AssertIsFormCard)
            .Send("Case number: 1B00000\nphone: 303-555-0100\ncty: Denver")
            .AssertReply("""Result: {"caseNumber":"1B00000","phone":"303-555-0100","county":"Denver"}""")
            .StartTestAsync();
    }

    [Fact]
    public async Task FormPrompt_TypedUnknownField_ListsFields()
    {
        await CreateFlow()
            .Send("hi")
            .AssertReplySatisfies(AssertIsFormCard)
            .Send("Birthday: 01/01/1900")
            .AssertReply("'Birthday' is not a field of this form. The fields are: Case number, Phone, County.")
            .AssertReplySatisfies(AssertIsFormCard)
            .StartTestAsync();
    }

    [Fact]
    public async Task FormPrompt_TypedWithoutLabels_ExplainsFormat()
    {
        await CreateFlow()
            .Send("hi")
            .AssertReplySatisfies(AssertIsFormCard)
            .Send("1B00000 and 303-555-0100")
            .AssertReply("Please fill in the form and press its button, or type each answer on its own line as 'Field: value'. The fields are: Case number, Phone, County.")
            .AssertReplySatisfies(AssertIsFormCard)
            .StartTestAsync();
    }

    [Fact]
    public async Task FormPrompt_SingleFieldTyped_TakesWholeText()
    {
        var fields = new[] { new FormField("ticket", "Ticket number", required: true) };
        await EngineTestBot.CreateSinglePromptFlow(() => new AdaptiveCardFormPrompt(EngineTestBot.PromptId, fields), CreateOptions(FormPromptId))
            .Send("hi")
            .AssertReplySatisfies(AssertIsFormCard)
            .Send("TCK-0042: login fails")
            .AssertReply("""Result: {"ticket":"TCK-0042: login fails"}""")
            .StartTestAsync();
    }

    [Fact]
    public async Task FormPrompt_StaleSubmit_RejectedAndChangesNothing()
    {
        await CreateFlow()
            .Send("hi")
            .AssertReplySatisfies(AssertIsFormCard)
            .SendValue("""{"promptId":"an-old-form","caseNumber":"1B00000","phone":"303-555-0100","county":"Denver"}""")
            .AssertReply(Messages.StaleSubmit)
            .AssertReplySatisfies(AssertIsFormCard)
            .SendValue(Submit("""{"phone":"303-555-0100"}"""))
            .AssertReply("Some answers need a fix:\n- Case number is required.\n\nI kept what you already entered for: Phone.")
            .StartTestAsync();
    }

    [Fact]
    public async Task FormPrompt_DuplicateSubmit_RejectedAfterCompletion()
    {
        var valid = Submit("""{"caseNumber":"1B00000","phone":"303-555-0100"}""");
        await EngineTestBot.CreateFlow(CreateTwoQuestionDialogs)
            .Send("hi")
            .AssertReplySatisfies(AssertIsFormCard)
            .SendValue(valid)
            .AssertReply("Anything else?")
            .SendValue(valid.DeepClone())
            .AssertReply(Messages.StaleSubmit)
            .AssertReply("Anything else?")
            .StartTestAsync();
    }

    [Fact]
    public async Task FormPrompt_SubmitAfterDialogsEnded_SaysOutOfDate()
    {
        var valid = Submit("""{"caseNumber":"1B00000","phone":"303-555-0100"}""");
        await CreateFlow()
            .Send("hi")
            .AssertReplySatisfies(AssertIsFormCard)
            .SendValue(valid)
            .AssertReplyContains("Result:")
            .SendValue(valid.DeepClone())
            .AssertReply(Messages.StaleSubmitNoQuestion)
            .AssertNoMoreReplies()
            .StartTestAsync();
    }

    [Fact]
    public async Task FormPrompt_ValidatorRejects_DoesNotPrefillAnswer()
    {
        PromptValidator<JsonObject> rejectPhoneInCounty = (check, _) =>
        {
            var rejected = check.Value["county"]?.GetValue<string>().Contains("555-01", StringComparison.Ordinal) == true;
            check.ErrorMessage = rejected ? "County must not contain a phone number." : null;
            return Task.FromResult(!rejected);
        };
        await EngineTestBot.CreateSinglePromptFlow(
                () => new AdaptiveCardFormPrompt(EngineTestBot.PromptId, CreateFields(), rejectPhoneInCounty), CreateOptions(FormPromptId))
            .Send("hi")
            .AssertReplySatisfies(AssertIsFormCard)
            .SendValue(Submit("""{"caseNumber":"1B00000","phone":"303-555-0100","county":"call 303-555-0199"}"""))
            .AssertReply("County must not contain a phone number.")
            .AssertReplySatisfies(reply =>
                Assert.DoesNotContain("303-555-0199", reply.Attachments![0].Content!.Value.GetRawText(), StringComparison.Ordinal))
            .StartTestAsync();
    }

    [Fact]
    public async Task FormPrompt_HiddenRejectedValue_NotFilledIn()
    {
        FormField[] fields =
        [
            new FormField("caseNumber", "Case number", required: true, ValidateCaseNumber) { ShowsRejectedValue = false },
            new FormField("phone", "Phone", required: true),
            new FormField("county", "County"),
        ];
        await EngineTestBot.CreateSinglePromptFlow(() => new AdaptiveCardFormPrompt(EngineTestBot.PromptId, fields), CreateOptions(FormPromptId))
            .Send("hi")
            .AssertReplySatisfies(AssertIsFormCard)
            .SendValue(Submit("""{"caseNumber":"12345","phone":"303-555-0100"}"""))
            .AssertReplyContains("Case number: must look like 1B00000.")
            .AssertReplySatisfies(reply =>
            {
                var card = JsonNode.Parse(reply.Attachments![0].Content!.Value.GetRawText())!;
                Assert.Null(card["body"]![0]!["value"]);
                Assert.Equal("303-555-0100", card["body"]![1]!["value"]!.GetValue<string>());
            })
            .StartTestAsync();
    }

    [Fact]
    public async Task FormPrompt_LongRejectedValue_DropsMaxLength()
    {
        var options = CreateOptions(FormPromptId);
        options.Prompt = PromptActivities.Card(CreateCard(caseNumberMaxLength: 7), "Please fill in the case details.");
        await EngineTestBot.CreateSinglePromptFlow(() => new AdaptiveCardFormPrompt(EngineTestBot.PromptId, CreateFields()), options)
            .Send("hi")
            .AssertReplySatisfies(reply => Assert.Contains("\"maxLength\":7", reply.Attachments![0].Content!.Value.GetRawText(), StringComparison.Ordinal))
            .SendValue(Submit("""{"caseNumber":"1B00000 and more","phone":"303-555-0100"}"""))
            .AssertReplyContains("Case number: must look like 1B00000.")
            .AssertReplySatisfies(reply =>
            {
                var card = JsonNode.Parse(reply.Attachments![0].Content!.Value.GetRawText())!;
                Assert.Equal("1B00000 and more", card["body"]![0]!["value"]!.GetValue<string>());
                Assert.Null(card["body"]![0]!["maxLength"]);
            })
            .StartTestAsync();
    }

    [Fact]
    public async Task FormPrompt_RejectedValue_HeldForTurnOnly()
    {
        var storage = new HelpBot.Runtime.Storage.MemoryStorage();
        var dialogs = new DialogSet()
            .Add(new AdaptiveCardFormPrompt("form", CreateFields()))
            .Add(new WaterfallDialog(EngineTestBot.RootId,
            [
                (step, ct) => step.PromptAsync("form", CreateOptions(FormPromptId), ct),
                (step, ct) => step.EndDialogAsync(null, ct),
            ]));
        await EngineTestBot.CreateFlow(() => dialogs, storage: storage)
            .Send("hi")
            .AssertReplySatisfies(AssertIsFormCard)
            .SendValue(Submit("""{"caseNumber":"12345-rejected","phone":"303-555-0100"}"""))
            .AssertReplyContains("Case number: must look like 1B00000.")
            .AssertReplySatisfies(reply => Assert.Contains("12345-rejected", reply.Attachments![0].Content!.Value.GetRawText(), StringComparison.Ordinal))
            .Send("help")
            .AssertReplyContains("Fill in the form")
            .AssertReplySatisfies(reply => Assert.DoesNotContain("12345-rejected", reply.Attachments![0].Content!.Value.GetRawText(), StringComparison.Ordinal))
            .StartTestAsync();

        var state = await storage.ReadAsync(
            [HelpBot.Runtime.State.StateKeys.Conversation(ChannelIds.Test, "test-conversation")], CancellationToken.None);
        Assert.NotEmpty(state);
        Assert.DoesNotContain("12345-rejected", System.Text.Encoding.UTF8.GetString(state.Values.Single().Json.Span), StringComparison.Ordinal);
    }

    [Fact]
    public async Task FormPrompt_Help_ListsFields()
    {
        await CreateFlow()
            .Send("hi")
            .AssertReplySatisfies(AssertIsFormCard)
            .Send("help")
            .AssertReply("Fill in the form and press its button. You can also type the answers, one per line, as 'Field: value'. The fields are: Case number, Phone, County.")
            .AssertReplySatisfies(AssertIsFormCard)
            .StartTestAsync();
    }

    private static TestFlow CreateFlow(string? promptId = FormPromptId) =>
        EngineTestBot.CreateSinglePromptFlow(() => new AdaptiveCardFormPrompt(EngineTestBot.PromptId, CreateFields()), CreateOptions(promptId));

    private static DialogSet CreateTwoQuestionDialogs() => new DialogSet()
        .Add(new AdaptiveCardFormPrompt("form", CreateFields()))
        .Add(new TextPrompt("text"))
        .Add(new WaterfallDialog(EngineTestBot.RootId,
        [
            (step, ct) => step.PromptAsync("form", CreateOptions(FormPromptId), ct),
            (step, ct) => step.PromptAsync("text", PromptOptions.FromText("Anything else?"), ct),
            (step, ct) => step.EndDialogAsync(null, ct),
        ]));

    private static FormField[] CreateFields() =>
    [
        new FormField("caseNumber", "Case number", required: true, ValidateCaseNumber, "case"),
        new FormField("phone", "Phone", required: true),
        new FormField("county", "County", required: false, null, "cty"),
    ];

    private static string? ValidateCaseNumber(string value) =>
        value.Length == 7 && char.IsDigit(value[0]) && char.IsLetter(value[1]) ? null : "must look like 1B00000.";

    private static FormPromptOptions CreateOptions(string? promptId) => new()
    {
        PromptId = promptId,
        Prompt = PromptActivities.Card(CreateCard(), "Please fill in the case details."),
    };

    private static JsonElement CreateCard(int? caseNumberMaxLength = null) => JsonDocument.Parse($$"""
        {
          "type": "AdaptiveCard",
          "version": "1.5",
          "body": [
            { "type": "Input.Text", "id": "caseNumber", "label": "Case number"{{(caseNumberMaxLength is { } max ? $", \"maxLength\": {max}" : "")}} },
            { "type": "Input.Text", "id": "phone", "label": "Phone" },
            { "type": "Input.Text", "id": "county", "label": "County" }
          ],
          "actions": [ { "type": "Action.Submit", "title": "Send", "data": { "action": "submit" } } ]
        }
        """).RootElement.Clone();

    private static JsonObject Submit(string json)
    {
        var value = JsonNode.Parse(json)!.AsObject();
        value[SubmitDataKeys.PromptId] = FormPromptId;
        return value;
    }

    private static void AssertIsFormCard(Activity reply)
    {
        Assert.Equal("Please fill in the case details.", reply.Text);
        Assert.Equal(ContentTypes.AdaptiveCard, reply.Attachments![0].ContentType);
    }
}
