using HelpBot.Dialogs.Conversation.Markers;
using HelpBot.Dialogs.Conversation.Replies;
using HelpBot.Dialogs.Conversation.State;
using HelpBot.Dialogs.Engine.Prompts;
using HelpBot.Dialogs.Engine.Waterfall;

namespace HelpBot.Dialogs.Conversation.Dialogs;

/// <summary>
/// The first-time questions, each asked once per user and kept in user state: whether the user works
/// in CBMS, and, for a user who does not, their role.
/// </summary>
public sealed class OnboardingDialog : WaterfallDialog
{
    private readonly ConversationServices _services;

    public OnboardingDialog(ConversationServices services)
        : base(DialogIds.Onboarding)
    {
        _services = services;
        AddStep(AskCbmsUserAsync);
        AddStep(AskRoleAsync);
        AddStep(SaveRoleAsync);
    }

    private static Task<Engine.DialogTurnResult> AskCbmsUserAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        if (step.Turn.GetProfile().CbmsUser is not null)
        {
            return step.NextAsync(null, cancellationToken);
        }

        // After "change my answers" the questions are asked a second time, so they are not introduced as asked once.
        var lead = step.Turn.IsChangingAnswers() ? "" : "First, two quick questions I'll only ask once. ";
        var question = Reply.Text(lead + "Do you work in CBMS (the Colorado Benefits Management System) as a county or state worker?")
            .WithMarker(new HelpBotMarker { Prompt = ConversationPrompts.CbmsUser });
        return step.PromptAsync(DialogIds.OnboardingPrompt, ChoiceOptions.YesNo(question,
            "This guide is for staff of community-based organizations who do not use CBMS. County and state workers who use CBMS have their own help desk process.",
            "Answer yes if you are a county or state worker who works on cases in CBMS. Answer no if you work for a community-based " +
            "organization or another partner and help people apply in PEAK or Connect for Health Colorado without using CBMS. Please answer yes or no."),
            cancellationToken);
    }

    // A user who works in CBMS gets the CBMS reporting path right after that answer, and no role question:
    // the roles decide how to report, which a CBMS user does through CBMS.
    private async Task<Engine.DialogTurnResult> AskRoleAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var profile = step.Turn.GetProfile();
        if (ChoiceOptions.ValueOf(step.Result) is { } answer)
        {
            profile.CbmsUser = answer == ChoiceOptions.Yes;
            step.Turn.SetProfile(profile);
            if (profile.CbmsUser == true)
            {
                await ConversationMessages.SendCbmsPathAsync(step.Turn, cancellationToken);
            }
        }

        if (profile.Role is not null || profile.CbmsUser == true)
        {
            return await step.NextAsync(null, cancellationToken);
        }

        var question = Reply.Text("What is your role?").WithMarker(new HelpBotMarker { Prompt = ConversationPrompts.Role });
        var choices = _services.Content.Roles.Select(role => new Choice(role.Id, role.Title, [.. role.Synonyms])).ToArray();
        return await step.PromptAsync(DialogIds.OnboardingPrompt, ChoiceOptions.Of(question,
            "Certified Health Coverage Guides, Certified Application Counselors and certified brokers follow their own process for calling Connect for Health Colorado, so I point them to it.",
            choices), cancellationToken);
    }

    private Task<Engine.DialogTurnResult> SaveRoleAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        if (ChoiceOptions.ValueOf(step.Result) is { } role)
        {
            var profile = step.Turn.GetProfile();
            profile.Role = role;
            step.Turn.SetProfile(profile);
            Log.ProfileCompleted(_services.Logger, role);
        }

        return step.EndDialogAsync(null, cancellationToken);
    }
}
