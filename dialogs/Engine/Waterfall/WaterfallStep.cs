namespace HelpBot.Dialogs.Engine.Waterfall;

/// <summary>
/// One step of a <see cref="WaterfallDialog"/>. It usually asks a question with
/// <see cref="WaterfallStepContext.PromptAsync"/> and returns that call's result; the next step
/// receives the answer in <see cref="WaterfallStepContext.Result"/>.
/// </summary>
public delegate Task<DialogTurnResult> WaterfallStep(WaterfallStepContext step, CancellationToken cancellationToken);
