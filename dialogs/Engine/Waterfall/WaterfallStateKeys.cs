namespace HelpBot.Dialogs.Engine.Waterfall;

/// <summary>Keys of a waterfall's <see cref="DialogInstance.State"/>.</summary>
internal static class WaterfallStateKeys
{
    public const string Options = "options";
    public const string Values = "values";
    public const string StepIndex = "stepIndex";

    /// <summary>The steps that waited for the user, oldest first, each with the input it ran with.</summary>
    public const string History = "history";

    public const string HistoryIndex = "index";
    public const string HistoryInput = "input";
}
