using System.Text;
using System.Text.Json.Nodes;
using HelpBot.Dialogs.Engine;
using HelpBot.Dialogs.Engine.Prompts;
using HelpBot.Dialogs.Engine.Waterfall;
using HelpBot.Protocol.Models;
using HelpBot.Runtime.State;
using HelpBot.Runtime.Storage;
using HelpBot.Testing;
using Microsoft.Extensions.Logging;

namespace HelpBot.Dialogs.Tests.Engine;

public class DialogStateTests
{
    private static readonly string ConversationKey = StateKeys.Conversation(ChannelIds.Test, "test-conversation");

    [Fact]
    public async Task Restart_BetweenTurns_ContinuesFromStoredStack()
    {
        await EngineTestBot.CreateFlow(CreateDialogs)
            .Send("hi")
            .AssertReply("Name?")
            .Send("Dana")
            .Restart()
            .AssertReply("County?")
            .Send("back")
            .Restart()
            .AssertReply("Name? (was Dana)")
            .Send("Dana")
            .AssertReply("County?")
            .Restart()
            .Send("Denver")
            .AssertReply("Done: Dana in Denver")
            .StartTestAsync();
    }

    [Fact]
    public async Task Storage_AfterPrompt_HoldsStackUnderStateKey()
    {
        var storage = new MemoryStorage();
        await EngineTestBot.CreateFlow(CreateDialogs, storage: storage)
            .Send("hi")
            .AssertReply("Name?")
            .Send("Dana")
            .AssertReply("County?")
            .StartTestAsync();

        var document = await ReadConversationAsync(storage);
        var stack = document["dialogState"]!["stack"]!.AsArray();
        Assert.Equal(["text", EngineTestBot.RootId], stack.Select(item => item!["id"]!.GetValue<string>()));
        Assert.Equal("Dana", stack[1]!["state"]!["values"]!["name"]!.GetValue<string>());
        Assert.Equal("prompt", stack[0]!["state"]!["options"]!["$kind"]!.GetValue<string>());
    }

    [Fact]
    public async Task Storage_AfterRootEnds_RemovesStateKey()
    {
        var storage = new MemoryStorage();
        await EngineTestBot.CreateFlow(CreateDialogs, storage: storage)
            .Send("hi").AssertReply("Name?")
            .Send("Dana").AssertReply("County?")
            .Send("Denver").AssertReply("Done: Dana in Denver")
            .StartTestAsync();

        var document = await ReadConversationAsync(storage);
        Assert.False(document.ContainsKey("dialogState"));
    }

    [Fact]
    public async Task UnknownDialogOnStack_ClearsStackAndBeginsRoot()
    {
        var storage = new MemoryStorage();
        var json = """{"dialogState":{"stack":[{"id":"removedDialog","state":{}}]}}""";
        await storage.WriteAsync(new Dictionary<string, StoreItem> { [ConversationKey] = new(Encoding.UTF8.GetBytes(json), null) }, CancellationToken.None);

        await EngineTestBot.CreateFlow(CreateDialogs, storage: storage)
            .Send("hello")
            .AssertReply("Name?")
            .StartTestAsync();
    }

    [Fact]
    public async Task Logging_DuringFlow_NeverContainsUserText()
    {
        var logger = new CollectingLogger();
        var flow = new TestFlow(() => new DialogManager(CreateDialogs(), EngineTestBot.RootId, logger: logger));

        await flow
            .Send("hi").AssertReply("Name?")
            .Send("x").AssertReplyContains("too short").AssertReply("Name?")
            .Send("Dana Testperson").AssertReply("County?")
            .Send("back").AssertReply("Name? (was Dana Testperson)")
            .StartTestAsync();

        Assert.NotEmpty(logger.Messages);
        Assert.DoesNotContain(logger.Messages, message => message.Contains("Dana", StringComparison.Ordinal));
    }

    private static async Task<JsonObject> ReadConversationAsync(MemoryStorage storage)
    {
        var items = await storage.ReadAsync([ConversationKey], CancellationToken.None);
        return JsonNode.Parse(items[ConversationKey].Json.Span)!.AsObject();
    }

    private static DialogSet CreateDialogs() => new DialogSet()
        .Add(new TextPrompt("text"))
        .Add(new WaterfallDialog(EngineTestBot.RootId,
        [
            (step, ct) =>
            {
                var earlier = step.Values["name"]?.GetValue<string>();
                var options = PromptOptions.FromText(earlier is null ? "Name?" : $"Name? (was {earlier})");
                options.Validation = new PromptValidationSettings { MinLength = 2 };
                return step.PromptAsync("text", options, ct);
            },
            (step, ct) =>
            {
                step.Values["name"] = step.ResultText;
                return step.PromptAsync("text", PromptOptions.FromText("County?"), ct);
            },
            async (step, ct) =>
            {
                await step.SendTextAsync($"Done: {step.Values["name"]} in {step.ResultText}", ct);
                return await step.EndDialogAsync(null, ct);
            },
        ]));

    private sealed class CollectingLogger : ILogger<DialogManager>
    {
        public List<string> Messages { get; } = [];

        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            Messages.Add($"{eventId.Id} {formatter(state, exception)}");
    }
}
