namespace HelpBot.Dialogs.Engine.Prompts;

/// <summary>
/// Checks a recognized value. Return false and set <see cref="PromptValidatorContext{T}.ErrorMessage"/>
/// to reject it; the prompt then says what was wrong and asks again.
/// </summary>
public delegate Task<bool> PromptValidator<T>(PromptValidatorContext<T> context, CancellationToken cancellationToken);
