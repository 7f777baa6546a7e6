namespace HelpBot.Dialogs.Engine;

/// <summary>Reads engine-defined values from a <see cref="DialogInstance"/>'s state.</summary>
public static class DialogInstanceExtensions
{
    /// <summary>State key under which prompts store their prompt id.</summary>
    public const string PromptIdStateKey = "promptId";

    /// <summary>
    /// Returns the prompt id of <paramref name="instance"/> when it is a prompt, or null. Cards a
    /// prompt sends carry this id in <see cref="SubmitDataKeys.PromptId"/>.
    /// </summary>
    public static string? GetPromptId(this DialogInstance instance)
    {
        ArgumentNullException.ThrowIfNull(instance);
        return instance.State.TryGetPropertyValue(PromptIdStateKey, out var node) && node is System.Text.Json.Nodes.JsonValue value
            && value.TryGetValue<string>(out var id)
            ? id
            : null;
    }
}
