using HelpBot.Dialogs.Conversation.Markers;
using HelpBot.Dialogs.Conversation.Uploads;
using HelpBot.Protocol.Models;
using HelpBot.Dialogs.Tests.Conversation.FollowUp;
using HelpBot.Runtime.Proactive;
using HelpBot.Runtime.State;
using HelpBot.Runtime.Storage;
using HelpBot.Runtime.Turns;
using HelpBot.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace HelpBot.Dialogs.Tests.Conversation;

/// <summary>
/// Creates <see cref="TestFlow"/>s over HelpBot's conversation, and asserts on the questions and
/// statements by their markers. Each handler the flow creates (at the start and after a restart) gets
/// its own service provider over the flow's storage and clock.
/// </summary>
internal static class ConversationFlow
{
    /// <summary>Creates a flow of the conversation; <paramref name="middleware"/> runs around each turn's handler.</summary>
    public static TestFlow Create(
        MemoryStorage? storage = null, FakeTimeProvider? time = null, TestAdapter? adapter = null, IUploadedFileReader? uploadedFiles = null,
        IMiddleware? middleware = null)
    {
        storage ??= new MemoryStorage();
        time ??= new FakeTimeProvider(ConversationHarness.Start);
        adapter ??= new TestAdapter { LocalTimezone = "America/Denver" };
        return new TestFlow(
            () => CreateServices(storage, time, uploadedFiles).GetRequiredService<ITurnHandler>(), storage, adapter,
            () => middleware is null ? [] : [middleware]);
    }

    /// <summary>Creates the conversation's services; <paramref name="uploadedFiles"/> replaces the default reader, which reads no file.</summary>
    public static ServiceProvider CreateServices(IStorage storage, TimeProvider time, IUploadedFileReader? uploadedFiles = null)
    {
        var services = new ServiceCollection()
            .AddLogging()
            .AddSingleton(storage)
            .AddSingleton(time)
            .AddSingleton<IProactiveSender>(new RecordingProactiveSender());
        if (uploadedFiles is not null)
        {
            services.AddSingleton(uploadedFiles);
        }

        return services.AddHelpBotConversation(new ConfigurationBuilder().Build()).BuildServiceProvider();
    }

    /// <summary>Greets, answers the first-time questions (no CBMS, the given role) and expects the menu.</summary>
    public static TestFlow Onboard(this TestFlow flow, string role = "CBO staff") => flow
        .Send("hi")
        .AssertSays(ConversationSteps.Welcome)
        .AssertAsks(ConversationPrompts.CbmsUser)
        .Send("no")
        .AssertAsks(ConversationPrompts.Role)
        .Send(role)
        .AssertAsks(ConversationPrompts.Menu);

    /// <summary>
    /// Takes replies up to the next question and checks it is <paramref name="prompt"/> (and
    /// <paramref name="field"/>); statements before it are skipped.
    /// </summary>
    public static TestFlow AssertAsks(this TestFlow flow, string prompt, string? field = null, Action<Activity>? check = null) =>
        flow.Do(() =>
        {
            var question = TakeUntil(flow, marker => marker?.Prompt is not null, $"the question '{prompt}'");
            var marker = question.GetMarker()!;
            Assert.Equal(prompt, marker.Prompt);
            Assert.Equal(field, marker.Field);
            check?.Invoke(question);
            return Task.CompletedTask;
        });

    /// <summary>Takes replies up to the statement marked <paramref name="step"/>; fails when a question comes first.</summary>
    public static TestFlow AssertSays(this TestFlow flow, string step, Action<Activity>? check = null) =>
        flow.Do(() =>
        {
            var statement = TakeUntil(flow, marker => marker?.Step == step || marker?.Prompt is not null, $"the statement '{step}'");
            Assert.Equal(step, statement.GetMarker()?.Step);
            check?.Invoke(statement);
            return Task.CompletedTask;
        });

    /// <summary>Takes the next reply, whatever it is, and checks its text contains <paramref name="expected"/>.</summary>
    public static TestFlow AssertNextContains(this TestFlow flow, string expected) =>
        flow.AssertReplySatisfies(reply => Assert.Contains(expected, reply.Text ?? "", StringComparison.OrdinalIgnoreCase));

    private static Activity TakeUntil(TestFlow flow, Func<HelpBotMarker?, bool> found, string what)
    {
        var skipped = new List<string>();
        while (flow.Adapter.TakeReply() is { } reply)
        {
            if (found(reply.GetMarker()))
            {
                return reply;
            }

            skipped.Add(reply.Text ?? "(no text)");
        }

        throw new TestFlowAssertionException($"Expected {what}, but the bot sent only: {string.Join(" | ", skipped)}");
    }
}
