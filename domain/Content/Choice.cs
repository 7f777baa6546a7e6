using System.Text.Json.Serialization;

namespace HelpBot.Domain.Content;

/// <summary>
/// A fact on which the desk aid and newer sources disagree. Every option is kept with its source;
/// <see cref="Active"/> picks the one the bot uses, so an administrator switches by editing the file.
/// </summary>
public sealed class Choice<T>
{
    /// <summary>Id of the option in use.</summary>
    public string Active { get; set; } = string.Empty;

    public List<ChoiceOption<T>> Options { get; set; } = [];

    /// <summary>The option <see cref="Active"/> names; the validator guarantees it exists.</summary>
    [JsonIgnore]
    public ChoiceOption<T> ActiveOption =>
        Options.Find(option => option.Id == Active)
        ?? throw new InvalidOperationException($"Choice option '{Active}' is not defined.");

    /// <summary>Value of the active option.</summary>
    [JsonIgnore]
    public T ActiveValue => ActiveOption.Value!;
}
