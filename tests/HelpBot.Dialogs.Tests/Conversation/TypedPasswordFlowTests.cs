using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using HelpBot.Dialogs.Conversation.Markers;
using HelpBot.Dialogs.Conversation.Privacy;
using HelpBot.Dialogs.Conversation.Prompts;
using HelpBot.Privacy;
using HelpBot.Protocol.Models;
using HelpBot.Runtime.State;
using HelpBot.Runtime.Storage;
using HelpBot.Runtime.Turns;
using HelpBot.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace HelpBot.Dialogs.Tests.Conversation;

// A password typed in a first message, a kept description or a field value is removed in the turn it arrives.
public sealed class TypedPasswordFlowTests
{
    private const string Password = "Spring!2026";
    private const string PageUrl = "https://peak.my.site.com/peak/s/login";

    [Fact]
    public void RemovedMessage_SystemNotKnown_NamesNoChannel()
    {
        Assert.Equal(
            "Your message contained a password. I took it out and did not keep it: never share a password, not even with support staff.",
            TypedPasswords.RemovedMessage(null));
    }

    [Fact]
    public async Task FirstMessage_Password_NeverShownBack()
    {
        var storage = new MemoryStorage();
        var replies = new List<string>();
        await ConversationFlow.Create(storage).Onboard()
            .Send($"PEAK gave an error when logging in, didn't write it down. My password is {Password}")
            .AssertSays(ConversationSteps.PasswordWarning, reply => Assert.Equal(TypedPasswords.RemovedMessage(null), reply.Text))
            .AssertAsks(ConversationPrompts.Tips)
            .Send("still broken, tried all three").AssertAsks(ConversationPrompts.PageAddress)
            .Send(PageUrl).AssertAsks(ConversationPrompts.Urgent).Send("no")
            .AssertAsks(ConversationPrompts.Field, "description", reply =>
            {
                replies.Add(reply.Text!);
                replies.Add(reply.Attachments!.Single().Content!.Value.GetRawText());
            })
            .StartTestAsync();

        Assert.All(replies, text => Assert.DoesNotContain(Password, text, StringComparison.Ordinal));
        Assert.Contains("My password is [PASSWORD]", replies[0], StringComparison.Ordinal);
        Assert.DoesNotContain(Password, await ReadStateAsync(storage), StringComparison.Ordinal);
    }

    [Fact]
    public async Task OnboardingDescription_Password_RemovedWithWarning()
    {
        var storage = new MemoryStorage();
        await ConversationFlow.Create(storage)
            .SendConversationUpdate()
            .AssertSays(ConversationSteps.Welcome)
            .AssertAsks(ConversationPrompts.CbmsUser)
            .Send($"PEAK login fails for my client every time, password is {Password} if that helps")
            .AssertSays(ConversationSteps.PasswordWarning, reply => Assert.Equal(TypedPasswords.RemovedMessage(null), reply.Text))
            .AssertNextContains(OnboardingPrompt.DescriptionKeptMessage)
            .AssertAsks(ConversationPrompts.CbmsUser)
            .StartTestAsync();

        Assert.DoesNotContain(Password, await ReadStateAsync(storage), StringComparison.Ordinal);
    }

    [Fact]
    public async Task StepsTriedAnswer_Password_TakenOutWithWarning()
    {
        var storage = new MemoryStorage();
        await ConversationFlow.Create(storage).Onboard()
            .Send("When I press Submit on the income page PEAK shows the error ERR-500.").AssertAsks(ConversationPrompts.Tips)
            .Send("still broken").AssertAsks(ConversationPrompts.PageAddress)
            .Send("https://peak.my.site.com/peak/s/income").AssertAsks(ConversationPrompts.Urgent).Send("no")
            .AssertAsks(ConversationPrompts.Field, "username").Send($"my password is {Password}")
            .AssertSays(ConversationSteps.PasswordWarning)
            .AssertNextContains("Please type only the user name of the account.")
            .AssertAsks(ConversationPrompts.Field, "username").Send("cbo.navigator01")
            .AssertAsks(ConversationPrompts.Field, "page").Send("keep")
            .AssertAsks(ConversationPrompts.Field, "when").Send("03/10/2026 9:15 am")
            .AssertAsks(ConversationPrompts.Field, "stepsTried").Send($"Signed in again with pw: {Password}")
            .AssertSays(ConversationSteps.PasswordWarning, reply => Assert.Equal(TypedPasswords.RemovedMessage(SupportSystemsPeak), reply.Text))
            .AssertAsks(ConversationPrompts.Field, "impact")
            .StartTestAsync();

        Assert.DoesNotContain(Password, await ReadStateAsync(storage), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ShortAnswer_OnlyPassword_AskedAgain()
    {
        await ConversationFlow.Create().Onboard()
            .Send("When I press Submit on the income page PEAK shows the error ERR-500.").AssertAsks(ConversationPrompts.Tips)
            .Send("still broken").AssertAsks(ConversationPrompts.PageAddress)
            .Send("https://peak.my.site.com/peak/s/income").AssertAsks(ConversationPrompts.Urgent).Send("no")
            .AssertAsks(ConversationPrompts.Field, "username").Send("cbo.navigator01")
            .AssertAsks(ConversationPrompts.Field, "page").Send(Password)
            .AssertSays(ConversationSteps.PasswordWarning)
            .AssertNextContains("Please type your answer again, without the password.")
            .AssertAsks(ConversationPrompts.Field, "page", reply => Assert.DoesNotContain("[PASSWORD]", reply.Text, StringComparison.Ordinal))
            .StartTestAsync();
    }

    [Fact]
    public async Task CardAnswer_Password_TakenOutWithWarning()
    {
        var storage = new MemoryStorage();
        var submit = new Activity();
        await ConversationFlow.Create(storage).Onboard()
            .Send("When I press Submit on the income page PEAK shows the error ERR-500.").AssertAsks(ConversationPrompts.Tips)
            .Send("still broken").AssertAsks(ConversationPrompts.PageAddress)
            .Send("https://peak.my.site.com/peak/s/income").AssertAsks(ConversationPrompts.Urgent).Send("no")
            .AssertAsks(ConversationPrompts.Field, "username").Send("cbo.navigator01")
            .AssertAsks(ConversationPrompts.Field, "page").Send("keep")
            .AssertAsks(ConversationPrompts.Field, "when").Send("03/10/2026 9:15 am")
            .AssertAsks(ConversationPrompts.Field, "stepsTried", reply => submit.Value = JsonSerializer.SerializeToElement(new JsonObject
            {
                ["promptId"] = ReadPromptId(reply),
                ["stepsTried"] = $"Signed in again with pw: {Password}",
            }))
            .Send(submit)
            .AssertSays(ConversationSteps.PasswordWarning, reply => Assert.Equal(TypedPasswords.RemovedMessage(SupportSystemsPeak), reply.Text))
            .AssertAsks(ConversationPrompts.Field, "impact")
            .StartTestAsync();

        Assert.DoesNotContain(Password, await ReadStateAsync(storage), StringComparison.Ordinal);
    }

    [Fact]
    public async Task StaleCard_Password_TakenOut()
    {
        var storage = new MemoryStorage();
        var stale = new Activity();
        await ConversationFlow.Create(storage).Onboard()
            .Send("When I press Submit on the income page PEAK shows the error ERR-500.").AssertAsks(ConversationPrompts.Tips)
            .Send("still broken").AssertAsks(ConversationPrompts.PageAddress)
            .Send("https://peak.my.site.com/peak/s/income").AssertAsks(ConversationPrompts.Urgent).Send("no")
            .AssertAsks(ConversationPrompts.Field, "username", reply => stale.Value = JsonSerializer.SerializeToElement(new JsonObject
            {
                ["promptId"] = ReadPromptId(reply),
                ["username"] = $"cbo.navigator01 password: {Password}",
            }))
            .Send("cbo.navigator01")
            .AssertAsks(ConversationPrompts.Field, "page")
            .Send(stale)
            .AssertSays(ConversationSteps.PasswordWarning, reply => Assert.Equal(TypedPasswords.RemovedMessage(SupportSystemsPeak), reply.Text))
            .AssertNextContains("out of date")
            .AssertAsks(ConversationPrompts.Field, "page")
            .StartTestAsync();

        Assert.DoesNotContain(Password, await ReadStateAsync(storage), StringComparison.Ordinal);
    }

    [Fact]
    public void Remove_Password_ReplacedAndRecorded()
    {
        using var harness = new ConversationHarness();
        var analyzer = harness.Services.GetRequiredService<IPiiAnalyzer>();
        var turn = new TurnContext(new Activity { Type = ActivityTypes.Message, Text = "x" }, new NoSender());

        var text = TypedPasswords.Remove(turn, $"Tried again with pw: {Password} and it failed.", analyzer, out var removed);

        Assert.Equal(1, removed);
        Assert.Equal("Tried again with pw: [PASSWORD] and it failed.", text);
        Assert.Equal([Password], turn.GetTranscriptPasswords());
    }

    private static string ReadPromptId(Activity reply) =>
        reply.Attachments!.Single().Content!.Value.GetProperty("actions").EnumerateArray()
            .Select(action => action.TryGetProperty("data", out var data) && data.TryGetProperty("promptId", out var id) ? id.GetString() : null)
            .First(id => id is not null)!;

    private const string SupportSystemsPeak = HelpBot.Domain.Systems.SupportSystems.Peak;

    private static async Task<string> ReadStateAsync(MemoryStorage storage)
    {
        var keys = new[] { StateKeys.Conversation(ChannelIds.Test, "test-conversation") };
        var state = await storage.ReadAsync(keys, CancellationToken.None);
        return string.Concat(state.Values.Select(v => Encoding.UTF8.GetString(v.Json.Span)));
    }

    private sealed class NoSender : IActivitySender
    {
        public Task<ResourceResponse> SendAsync(Activity activity, CancellationToken cancellationToken) => Task.FromResult(new ResourceResponse { Id = "1" });
    }
}
