using System.Text.Json;
using HelpBot.EndToEnd.Tests.Browser;
using HelpBot.EndToEnd.Tests.DirectLine;

namespace HelpBot.EndToEnd.Tests.Conversation;

/// <summary>
/// Plays a <see cref="ConversationScript"/> in the web chat page: reads each question's marker
/// from the activities Web Chat received, then answers as a person would, filling the card's
/// input by its label and pressing its submit button when the question is a field card, and
/// typing otherwise.
/// </summary>
internal sealed class BrowserConversation
{
    private const int MaxQuestions = 40;
    private const int MaxRepeats = 3;

    private static readonly HashSet<string> NonSubmitActions = new(StringComparer.OrdinalIgnoreCase) { "back", "help", "cancel", "startOver" };

    private readonly PageDriver _page;
    private readonly ConversationScript _script;

    public BrowserConversation(PageDriver page, ConversationScript script)
    {
        _page = page;
        _script = script;
    }

    /// <summary>Types the first message, answers every question, and returns the script's final statement (the draft or the checklist).</summary>
    public async Task<JsonElement> RunAsync(string firstMessage)
    {
        var cursor = _page.Activities.Count;
        await _page.TypeAsync(firstMessage);
        var asked = new Dictionary<string, int>();
        for (var i = 0; i < MaxQuestions; i++)
        {
            var question = await _page.WaitForBotActivityAsync(_script.IsQuestionOrFinal, "the bot's next question", cursor);
            if (_script.IsFinal(question))
            {
                return question;
            }

            var key = $"{ActivityJson.Marker(question, "prompt")}/{ActivityJson.Marker(question, "field")}";
            asked[key] = asked.GetValueOrDefault(key) + 1;
            if (asked[key] > MaxRepeats)
            {
                throw new InvalidOperationException($"The bot asked {key} {MaxRepeats} times; last text: {ActivityJson.VisibleText(question)}");
            }

            var answer = _script.AnswerFor(question)
                ?? throw new InvalidOperationException($"The script has no answer for {key}: {ActivityJson.VisibleText(question)}");
            cursor = _page.Activities.Count;
            await AnswerAsync(question, answer);
        }

        throw new InvalidOperationException($"The conversation did not reach {_script.FinalStep} within {MaxQuestions} questions.");
    }

    private async Task AnswerAsync(JsonElement question, string answer)
    {
        var field = ActivityJson.Marker(question, "field");
        var card = ActivityJson.AdaptiveCards(question).FirstOrDefault();
        var label = field is null || card.ValueKind != JsonValueKind.Object ? null : FindInputLabel(card, field);
        var submit = label is null ? null : FindSubmitTitle(card);
        if (label is null || submit is null)
        {
            await _page.TypeAsync(answer);
            return;
        }

        await _page.FillCardInputAsync(label, answer);
        await _page.ClickCardButtonAsync(submit);
    }

    private static string? FindInputLabel(JsonElement element, string inputId)
    {
        foreach (var node in Descendants(element))
        {
            if (Property(node, "id") == inputId && Property(node, "type")?.StartsWith("Input.", StringComparison.Ordinal) == true)
            {
                return Property(node, "label");
            }
        }

        return null;
    }

    private static string? FindSubmitTitle(JsonElement card)
    {
        foreach (var node in Descendants(card))
        {
            if (Property(node, "type") is not ("Action.Submit" or "Action.Execute"))
            {
                continue;
            }

            var action = node.TryGetProperty("data", out var data) ? Property(data, "action") : null;
            if (action is null || !NonSubmitActions.Contains(action))
            {
                return Property(node, "title");
            }
        }

        return null;
    }

    private static IEnumerable<JsonElement> Descendants(JsonElement element)
    {
        if (element.ValueKind == JsonValueKind.Object)
        {
            yield return element;
            foreach (var property in element.EnumerateObject())
            {
                foreach (var child in Descendants(property.Value))
                {
                    yield return child;
                }
            }
        }
        else if (element.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in element.EnumerateArray())
            {
                foreach (var child in Descendants(item))
                {
                    yield return child;
                }
            }
        }
    }

    private static string? Property(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : null;
}
