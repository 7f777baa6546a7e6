using HelpBot.Dialogs.Conversation.Markers;
using HelpBot.Protocol.Models;

namespace HelpBot.Dialogs.Tests.Conversation;

/// <summary>What the bot did while one report case was walked through to its end.</summary>
internal sealed class ReportCaseWalk
{
    public List<string> FieldsAsked { get; } = [];

    public List<string>? PiiCategories { get; set; }

    public string? System { get; set; }

    public string? Kind { get; set; }

    public List<string> Prompts { get; } = [];

    /// <summary>
    /// Sends the case's message, then answers every question by its marker until the menu comes back or
    /// a training answer is offered: the page address with the case's address ("I don't know" when it has
    /// none), fields with fake values, the PII review with "remove".
    /// </summary>
    public static async Task<ReportCaseWalk> RunAsync(ConversationHarness harness, ReportCase reportCase, int maxTurns = 40)
    {
        var walk = new ReportCaseWalk();
        var replies = await harness.SendTextAsync(reportCase.Message);
        for (var turn = 0; turn < maxTurns; turn++)
        {
            walk.Observe(replies);
            var question = replies.Select(a => a.GetMarker()).LastOrDefault(m => m?.Prompt is not null)
                ?? throw new InvalidOperationException($"The bot asked nothing after turn {turn} of case {reportCase.Id}.");
            walk.Prompts.Add(question.Prompt!);
            var answer = walk.Answer(question, reportCase);
            if (answer is null)
            {
                return walk;
            }

            replies = await harness.SendTextAsync(answer);
        }

        throw new InvalidOperationException($"Case {reportCase.Id} did not finish within {maxTurns} turns; prompts: {string.Join(", ", walk.Prompts)}.");
    }

    private void Observe(List<Activity> replies)
    {
        foreach (var marker in replies.Select(a => a.GetMarker()).OfType<HelpBotMarker>())
        {
            System = marker.System ?? System;
            Kind = marker.Kind ?? Kind;
            if (marker.Prompt == ConversationPrompts.PiiReview)
            {
                PiiCategories = marker.PiiCategories ?? [];
            }
        }
    }

    private string? Answer(HelpBotMarker question, ReportCase reportCase)
    {
        switch (question.Prompt)
        {
            case ConversationPrompts.Menu:
            case ConversationPrompts.Training:
                return null;
            case ConversationPrompts.Field:
                FieldsAsked.Add(question.Field!);
                return FakeAnswers.ForField(question.Field!);
            default:
                return question.Prompt switch
                {
                    ConversationPrompts.CbmsUser => "no",
                    ConversationPrompts.Role => "CBO staff",
                    ConversationPrompts.Tips => "still broken",
                    ConversationPrompts.PageAddress => reportCase.PageUrl ?? "I don't know",
                    ConversationPrompts.PickSystem => "PEAK",
                    ConversationPrompts.Urgent => "no",
                    ConversationPrompts.PiiReview => "remove",
                    ConversationPrompts.LogCall => "not yet",
                    _ => throw new InvalidOperationException($"Unexpected question '{question.Prompt}'."),
                };
        }
    }
}
