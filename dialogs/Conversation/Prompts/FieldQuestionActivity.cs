using HelpBot.Dialogs.Conversation.Fields;
using HelpBot.Dialogs.Conversation.Markers;
using HelpBot.Dialogs.Conversation.Replies;
using HelpBot.Dialogs.Conversation.State;
using HelpBot.Protocol.Models;
using HelpBot.Runtime.Turns;

namespace HelpBot.Dialogs.Conversation.Prompts;

/// <summary>Builds the activity that asks one report field, marked with the field's id.</summary>
public static class FieldQuestionActivity
{
    public static Activity Create(ITurnContext turn, string field, ConversationServices services, string promptId)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(services);
        var question = FieldQuestions.For(field, services.Content);
        var prefill = ReportFieldValues.Prefill(field, turn.GetReport().Report, turn.GetProfile(), services.Content, services.GetTimeZone(turn));
        var text = prefill is null
            ? $"{question.Question}\n\n{question.TypedHint}"
            : $"{question.Question}\n\nI have: {prefill}\n\nType 'keep' to use it, or type a new answer.";
        var activity = FieldCards.Create(question, prefill, promptId, text);
        return activity.WithMarker(Reply.Marker(turn, prompt: ConversationPrompts.Field, field: field));
    }
}
