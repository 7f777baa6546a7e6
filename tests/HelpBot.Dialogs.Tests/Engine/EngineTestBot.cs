using System.Text.Json.Nodes;
using HelpBot.Dialogs.Engine;
using HelpBot.Dialogs.Engine.Prompts;
using HelpBot.Dialogs.Engine.Waterfall;
using HelpBot.Runtime.State;
using HelpBot.Testing;

namespace HelpBot.Dialogs.Tests.Engine;

/// <summary>Builds test bots around the engine: a root waterfall that prompts once and sends the result back.</summary>
internal static class EngineTestBot
{
    public const string RootId = "root";
    public const string PromptId = "prompt";

    /// <summary>Creates a flow whose handler is a new <see cref="DialogManager"/> over a fresh dialog set on every (re)start.</summary>
    public static TestFlow CreateFlow(Func<DialogSet> createDialogs, DialogHooks? hooks = null, IStorage? storage = null, DialogEngineOptions? options = null) =>
        new(() => new DialogManager(createDialogs(), RootId, options, hooks), storage);

    /// <summary>Creates a flow that prompts once with <paramref name="prompt"/> and replies "Result: {json}".</summary>
    public static TestFlow CreateSinglePromptFlow(Func<Dialog> prompt, PromptOptions options, DialogHooks? hooks = null) =>
        CreateFlow(() => new DialogSet().Add(prompt()).Add(CreateEchoWaterfall(options)), hooks);

    /// <summary>Formats a prompt result the way the echo step does.</summary>
    public static string Echo(JsonNode? result) => $"Result: {result?.ToJsonString() ?? "null"}";

    private static WaterfallDialog CreateEchoWaterfall(PromptOptions options) => new(RootId,
    [
        (step, ct) => step.PromptAsync(PromptId, options, ct),
        async (step, ct) =>
        {
            await step.SendTextAsync(Echo(step.Result), ct);
            return await step.EndDialogAsync(step.Result, ct);
        },
    ]);
}
