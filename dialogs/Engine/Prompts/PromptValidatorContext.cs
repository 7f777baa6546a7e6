using HelpBot.Runtime.Turns;

namespace HelpBot.Dialogs.Engine.Prompts;

/// <summary>What a <see cref="PromptValidator{T}"/> checks: the recognized value and the prompt's situation.</summary>
public sealed class PromptValidatorContext<T>
{
    internal PromptValidatorContext(ITurnContext turn, T value, PromptOptions options, int attemptCount)
    {
        Turn = turn;
        Value = value;
        Options = options;
        AttemptCount = attemptCount;
    }

    public ITurnContext Turn { get; }

    /// <summary>The value the prompt recognized.</summary>
    public T Value { get; }

    /// <summary>The options the prompt was started with.</summary>
    public PromptOptions Options { get; }

    /// <summary>How many answers this prompt has received, counting this one (1 for the first answer).</summary>
    public int AttemptCount { get; }

    /// <summary>Set this when rejecting the value: it tells the user what was wrong and how to fix it.</summary>
    public string? ErrorMessage { get; set; }
}
