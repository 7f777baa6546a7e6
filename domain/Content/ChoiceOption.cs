namespace HelpBot.Domain.Content;

/// <summary>One candidate value of a <see cref="Choice{T}"/>, with its own source.</summary>
public sealed class ChoiceOption<T> : SourcedFact
{
    /// <summary>Option id, such as <c>desk-aid</c> or <c>current</c>; <see cref="Choice{T}.Active"/> names one.</summary>
    public string Id { get; set; } = string.Empty;

    public T? Value { get; set; }
}
