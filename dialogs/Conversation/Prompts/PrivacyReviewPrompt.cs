using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using HelpBot.Cards.Model;
using HelpBot.Cards.Serialization;
using HelpBot.Cards.Text;
using HelpBot.Dialogs.Conversation.Dialogs;
using HelpBot.Dialogs.Conversation.Fields;
using HelpBot.Dialogs.Conversation.Markers;
using HelpBot.Dialogs.Conversation.Privacy;
using HelpBot.Dialogs.Conversation.Replies;
using HelpBot.Dialogs.Conversation.State;
using HelpBot.Dialogs.Engine;
using HelpBot.Dialogs.Engine.Prompts;

namespace HelpBot.Dialogs.Conversation.Prompts;

/// <summary>
/// The PII/PHI review: the categories found in each field with masked previews (never the values),
/// and three ways on: remove them, edit a field, or keep them and send the e-mail encrypted.
/// Typed answers: "remove", "keep", "edit description" (a field id or label, or its number).
/// Result: <see cref="RemoveAction"/>, <see cref="KeepAction"/>, or <c>edit:{field}</c>.
/// </summary>
public sealed class PrivacyReviewPrompt(ConversationServices services) : Prompt<string, PromptOptions>(DialogIds.PrivacyReviewPrompt)
{
    public const string RemoveAction = "remove";
    public const string KeepAction = "keep";
    public const string EditPrefix = "edit:";

    protected override Task OnPromptAsync(DialogContext dc, DialogInstance instance, PromptOptions options, bool isRetry, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dc);
        var findings = ReportPrivacy.Analyze(dc.Turn.GetReport().Report, services.PiiAnalyzer);
        var text = BuildText(findings);
        var marker = Reply.Marker(dc.Turn, prompt: ConversationPrompts.PiiReview);
        marker.PiiCategories = ReportPrivacy.Categories(findings);
        var card = BuildCard(instance.GetPromptId() ?? "", findings, text);
        return dc.Turn.SendActivityAsync(Reply.Card(AdaptiveCardAttachment.ToJsonElement(card), text).WithMarker(marker), cancellationToken);
    }

    protected override string? GetDefaultHelpText(PromptOptions options) =>
        "PII is anything that identifies a person (name, birth date, SSN, address, phone, e-mail, case details tied to a person); " +
        "PHI is health information. An e-mail to the help desk must not contain them unless it is encrypted. 'Remove' replaces " +
        "each one with a label such as [NAME]; 'edit' lets you rewrite a field; 'keep' leaves them and reminds you to encrypt the e-mail.";

    protected override Task<PromptRecognizerResult<string>> OnRecognizeAsync(DialogContext dc, DialogInstance instance, PromptOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dc);
        var fields = ReportPrivacy.Analyze(dc.Turn.GetReport().Report, services.PiiAnalyzer).Select(f => f.Field).ToList();
        var action = TypedAnswers.ReadAction(dc.Turn.Activity) ?? Recognize(TypedAnswers.Normalize(dc.Turn.Activity), fields);
        var valid = action is RemoveAction or KeepAction
            || (action?.StartsWith(EditPrefix, StringComparison.Ordinal) == true && fields.Contains(action[EditPrefix.Length..]));
        return Task.FromResult(valid
            ? PromptRecognition.Success(action!)
            : PromptRecognition.Failure<string>("Please type 'remove', 'keep', or 'edit' and the field's name (such as 'edit description')."));
    }

    protected override JsonNode? ToResult(string value) => JsonValue.Create(value);

    private string? Recognize(string normalized, List<string> fields)
    {
        if (TypedAnswers.Matches(normalized, "remove", "remove it", "remove them", "remove it for me", "redact", "delete"))
        {
            return RemoveAction;
        }

        if (TypedAnswers.Matches(normalized, "keep", "keep it", "keep them", "send encrypted", "encrypt"))
        {
            return KeepAction;
        }

        if (!normalized.StartsWith("edit", StringComparison.Ordinal))
        {
            return null;
        }

        var target = normalized["edit".Length..].Trim();
        if (int.TryParse(target, NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number >= 1 && number <= fields.Count)
        {
            return EditPrefix + fields[number - 1];
        }

        var field = fields.Find(f => string.Equals(f, target.Replace(" ", "", StringComparison.Ordinal), StringComparison.OrdinalIgnoreCase)
            || string.Equals(FieldQuestions.For(f, services.Content).Label, target, StringComparison.OrdinalIgnoreCase));
        if (field is not null)
        {
            return EditPrefix + field;
        }

        // A bare "edit" is clear when only one field has findings.
        return fields.Count == 1 && target.Length == 0 ? EditPrefix + fields[0] : null;
    }

    private string BuildText(List<FieldFindings> findings)
    {
        var text = new StringBuilder("Before the next step I checked your answers for personal information (PII) and health information (PHI). I found:\n\n");
        for (var i = 0; i < findings.Count; i++)
        {
            text.Append(CultureInfo.InvariantCulture, $"{i + 1}. {Label(findings[i].Field)}: {Describe(findings[i])}\n");
        }

        text.Append("\nType 'remove' to replace them with labels such as [NAME], 'edit' and a number to rewrite that answer, ")
            .Append("or 'keep' to leave them (the e-mail must then be sent encrypted).");
        return text.ToString();
    }

    private string Describe(FieldFindings found) =>
        string.Join(", ", found.Findings.Select(f => $"{f.Category} ({ReportPrivacy.MaskedPreview(found.Text, f, services.PiiRedactor)})"));

    private string Label(string field) => FieldQuestions.For(field, services.Content).Label;

    private AdaptiveCard BuildCard(string promptId, List<FieldFindings> findings, string fallback)
    {
        var facts = new FactSet();
        foreach (var found in findings)
        {
            facts.WithFact(Label(found.Field), CardText.Escape(Describe(found)));
        }

        var actions = new List<CardAction>
        {
            new SubmitAction("Remove it for me", new SubmitData { PromptId = promptId, Action = RemoveAction }),
            new SubmitAction("Keep it and send encrypted", new SubmitData { PromptId = promptId, Action = KeepAction }),
        };
        actions.AddRange(findings.Select(f =>
            new SubmitAction($"Edit {Label(f.Field)}", new SubmitData { PromptId = promptId, Action = EditPrefix + f.Field })));
        return new AdaptiveCard()
            .WithBody(TextBlock.Heading("Personal information check"), new TextBlock("I found personal or health information in your answers:"), facts)
            .WithActions(actions)
            .WithFallbackText(fallback);
    }
}
