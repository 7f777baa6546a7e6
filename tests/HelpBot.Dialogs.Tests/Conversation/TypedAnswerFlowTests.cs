using System.Text;
using HelpBot.Dialogs.Conversation.Markers;
using HelpBot.Protocol.Models;
using HelpBot.Runtime.State;
using HelpBot.Runtime.Storage;
using HelpBot.Testing;

namespace HelpBot.Dialogs.Tests.Conversation;

// How typed answers are read at the page-address question, the yes/no questions and the
// operating-system and browser questions.
public sealed class TypedAnswerFlowTests
{
    private const string NoSystemDescription = "The income page shows the error ERR-500 when I press Next.";
    private const string PeakDescription = "When I press Submit on the income page PEAK shows the error ERR-500.";
    private const string PeakPage = "https://peak.my.site.com/peak/s/benefit-information";

    // Names no browser, so the Connect for Health Colorado report asks for the operating system and the browser.
    private const string ConnectDescription =
        "Connect for Health shows the error ERR-77 when my client clicks the create account button on " +
        "https://connectforhealthco.com/login-portal/ today at 2pm.";

    [Theory]
    [InlineData("peak mail center")]
    [InlineData("PEAK")]
    [InlineData("ses")]
    [InlineData("it's the PEAK mail center page")]
    public async Task PageAddress_SystemName_DecidesSystem(string answer)
    {
        await ToPageAddress()
            .Send(answer)
            .AssertAsks(ConversationPrompts.Urgent, check: reply => Assert.Equal("peak", reply.GetMarker()!.System))
            .StartTestAsync();
    }

    [Theory]
    [InlineData("🤷")]
    [InlineData("👍👍")]
    public async Task PageAddress_NoLetters_AsksForAddress(string answer)
    {
        await ToPageAddress()
            .Send(answer)
            .AssertReply("Please paste the page's web address, or type 'I don't know'.")
            .AssertAsks(ConversationPrompts.PageAddress)
            .StartTestAsync();
    }

    [Fact]
    public async Task PageAddress_AppWithDevice_NotesPeakAppAndDevice()
    {
        var storage = new MemoryStorage();
        await ToPageAddress(storage)
            .Send("MyPEAK app on android")
            .AssertAsks(ConversationPrompts.Urgent, check: reply => Assert.Equal("peak", reply.GetMarker()!.System))
            .StartTestAsync();

        var state = await ReadStateAsync(storage);
        Assert.Matches("\"mobileIndicated\"\\s*:\\s*true", state);
        Assert.Matches("\"mobileApp\"\\s*:\\s*\"MyPEAK app\"", state);
        Assert.Matches("\"device\"\\s*:\\s*\"Android phone\"", state);
        Assert.Matches("\"os\"\\s*:\\s*\"Android\"", state);
    }

    [Theory]
    [InlineData("on her phone", "on a phone or tablet")]
    [InlineData("on her iPhone", "the device (iPhone)")]
    public async Task PageAddress_DeviceOnly_NotesDeviceAndAsksAgain(string answer, string noted)
    {
        var storage = new MemoryStorage();
        await ToPageAddress(storage)
            .Send(answer)
            .AssertReplySatisfies(reply =>
            {
                Assert.Contains(noted, reply.Text, StringComparison.Ordinal);
                Assert.Contains("PEAK or Connect for Health Colorado", reply.Text, StringComparison.Ordinal);
                Assert.DoesNotMatch(@"(?i)\bapp\b", reply.Text);
            })
            .AssertAsks(ConversationPrompts.PageAddress)
            .Send("I don't know")
            .AssertAsks(ConversationPrompts.PickSystem, check: reply => Assert.DoesNotMatch(@"(?i)\bapp\b", reply.Text))
            .Send("PEAK")
            .AssertAsks(ConversationPrompts.Urgent)
            .StartTestAsync();

        Assert.Matches("\"mobileIndicated\"\\s*:\\s*true", await ReadStateAsync(storage));
    }

    [Fact]
    public async Task PageAddress_DeviceThenAddress_KeepsDevice()
    {
        var storage = new MemoryStorage();
        await ToPageAddress(storage)
            .Send("on her iPhone")
            .AssertAsks(ConversationPrompts.PageAddress)
            .Send(PeakPage)
            .AssertAsks(ConversationPrompts.Urgent, check: reply => Assert.Equal("peak", reply.GetMarker()!.System))
            .StartTestAsync();

        var state = await ReadStateAsync(storage);
        Assert.Matches("\"mobileIndicated\"\\s*:\\s*true", state);
        Assert.Matches("\"device\"\\s*:\\s*\"iPhone\"", state);
    }

    [Fact]
    public async Task PageAddress_OtherText_StillRejected()
    {
        await ToPageAddress()
            .Send("the income page")
            .AssertNextContains("doesn't look like a web address")
            .AssertAsks(ConversationPrompts.PageAddress)
            .StartTestAsync();
    }

    [Theory]
    [InlineData("maybe")]
    [InlineData("not sure")]
    [InlineData("I don't know")]
    [InlineData("idk")]
    [InlineData("no idea")]
    public async Task Urgent_Unsure_ExplainsAndAsksAgain(string answer)
    {
        var storage = new MemoryStorage();
        await ConversationFlow.Create(storage).Onboard()
            .Send(PeakDescription).AssertAsks(ConversationPrompts.Tips)
            .Send("still broken").AssertAsks(ConversationPrompts.PageAddress)
            .Send(PeakPage).AssertAsks(ConversationPrompts.Urgent)
            .Send(answer)
            .AssertReplySatisfies(reply =>
            {
                Assert.Contains("Medically urgent means", reply.Text, StringComparison.Ordinal);
                Assert.Contains("answer yes or no", reply.Text, StringComparison.Ordinal);
            })
            .AssertAsks(ConversationPrompts.Urgent)
            .Send("no")
            .AssertAsks(ConversationPrompts.Field, "username")
            .StartTestAsync();

        Assert.Matches("\"medicallyUrgent\"\\s*:\\s*false", await ReadStateAsync(storage));
    }

    [Theory]
    [InlineData("not sure")]
    [InlineData("I don't know")]
    [InlineData("maybe")]
    public async Task CbmsUser_Unsure_ExplainsAndAsksAgain(string answer)
    {
        await ConversationFlow.Create()
            .Send("hi")
            .AssertSays(ConversationSteps.Welcome)
            .AssertAsks(ConversationPrompts.CbmsUser)
            .Send(answer)
            .AssertReplySatisfies(reply =>
            {
                Assert.Contains("county or state worker", reply.Text, StringComparison.Ordinal);
                Assert.DoesNotContain("kept your description", reply.Text, StringComparison.Ordinal);
            })
            .AssertAsks(ConversationPrompts.CbmsUser)
            .Send("no")
            .AssertAsks(ConversationPrompts.Role)
            .StartTestAsync();
    }

    [Theory]
    [InlineData("I'm a health coverage guide", "health-coverage-guide")]
    [InlineData("CAC", "application-counselor")]
    [InlineData("I am a broker", "broker")]
    [InlineData("I work for a CBO", "cbo-staff")]
    [InlineData("nonprofit", "cbo-staff")]
    public async Task Role_TypedInOwnWords_IsTheRole(string answer, string role)
    {
        var storage = new MemoryStorage();

        await ConversationFlow.Create(storage)
            .Send("hi")
            .AssertSays(ConversationSteps.Welcome)
            .AssertAsks(ConversationPrompts.CbmsUser)
            .Send("no")
            .AssertAsks(ConversationPrompts.Role)
            .Send(answer)
            .AssertAsks(ConversationPrompts.Menu)
            .StartTestAsync();

        var state = await storage.ReadAsync([StateKeys.User(ChannelIds.Test, "test-user")], CancellationToken.None);
        var profile = System.Text.Json.Nodes.JsonNode.Parse(Encoding.UTF8.GetString(state.Values.Single().Json.Span))!["profile"];
        Assert.Equal(role, profile?["role"]?.GetValue<string>());
    }

    [Theory]
    [InlineData("not sure")]
    [InlineData("no idea")]
    public async Task Training_Unsure_ExplainsAndAsksAgain(string answer)
    {
        await ConversationFlow.Create().Onboard()
            .Send("PEAK says the upload failed, try again later. It's a 9 MB scan.")
            .AssertAsks(ConversationPrompts.Training)
            .Send(answer)
            .AssertNextContains("follow the guidance and try once more")
            .AssertAsks(ConversationPrompts.Training)
            .StartTestAsync();
    }

    [Theory]
    [InlineData("no idea")]
    [InlineData("not sure")]
    [InlineData("maybe")]
    public async Task Tips_Unsure_ExplainsAndAsksAgain(string answer)
    {
        await ConversationFlow.Create().Onboard()
            .Send(PeakDescription)
            .AssertAsks(ConversationPrompts.Tips)
            .Send(answer)
            .AssertNextContains("try once more what failed before")
            .AssertAsks(ConversationPrompts.Tips)
            .Send("still broken")
            .AssertAsks(ConversationPrompts.PageAddress)
            .StartTestAsync();
    }

    [Theory]
    [InlineData("os", "banana")]
    [InlineData("os", "Plan 9")]
    [InlineData("browser", "banana")]
    [InlineData("browser", "Pale Moon 33")]
    public async Task Environment_UnknownName_KeptWhenTypedAgain(string field, string answer)
    {
        var storage = new MemoryStorage();
        await ToConnectField(field)
            .Send(answer)
            .AssertReplySatisfies(reply =>
            {
                Assert.Contains("type it again and I'll keep it", reply.Text, StringComparison.Ordinal);
                Assert.Contains(field == "os" ? "Windows" : "Chrome", reply.Text, StringComparison.Ordinal);
            })
            .AssertAsks(ConversationPrompts.Field, field)
            .Send(answer.ToUpperInvariant())
            .AssertAsks(ConversationPrompts.Field, field == "os" ? "browser" : "impact")
            .StartTestAsync();
    }

    [Fact]
    public async Task Environment_KeptUnknownName_KeptAgainAfterBack()
    {
        await ToConnectField("browser")
            .Send("Pale Moon 33").AssertAsks(ConversationPrompts.Field, "browser")
            .Send("Pale Moon 33").AssertAsks(ConversationPrompts.Field, "impact")
            .Send("back")
            .AssertAsks(ConversationPrompts.Field, "browser", reply => Assert.Contains("Type 'keep' to use it", reply.Text, StringComparison.Ordinal))
            .Send("keep")
            .AssertAsks(ConversationPrompts.Field, "impact")
            .StartTestAsync();
    }

    [Fact]
    public async Task Environment_OtherUnknownAnswer_AskedAgain()
    {
        await ToConnectField("os")
            .Send("banana")
            .AssertAsks(ConversationPrompts.Field, "os")
            .Send("apple pie")
            .AssertNextContains("type it again")
            .AssertAsks(ConversationPrompts.Field, "os")
            .StartTestAsync();
    }

    [Theory]
    [InlineData("os", "windows 11")]
    [InlineData("os", "mac")]
    [InlineData("os", "iOS 17")]
    [InlineData("os", "don't know")]
    [InlineData("browser", "edge")]
    [InlineData("browser", "Chrome 126")]
    [InlineData("browser", "samsung internet")]
    public async Task Environment_KnownName_Accepted(string field, string answer)
    {
        await ToConnectField(field)
            .Send(answer)
            .AssertAsks(ConversationPrompts.Field, field == "os" ? "browser" : "impact")
            .StartTestAsync();
    }

    private static TestFlow ToPageAddress(MemoryStorage? storage = null) =>
        ConversationFlow.Create(storage).Onboard()
            .Send(NoSystemDescription).AssertAsks(ConversationPrompts.Tips)
            .Send("still broken").AssertAsks(ConversationPrompts.PageAddress);

    private static TestFlow ToConnectField(string field)
    {
        var flow = ConversationFlow.Create().Onboard()
            .Send(ConnectDescription).AssertAsks(ConversationPrompts.Tips)
            .Send("still broken, tried all three").AssertAsks(ConversationPrompts.Field, "os");
        return field == "os" ? flow : flow.Send("Windows 11").AssertAsks(ConversationPrompts.Field, field);
    }

    private static async Task<string> ReadStateAsync(MemoryStorage storage)
    {
        var state = await storage.ReadAsync([StateKeys.Conversation(ChannelIds.Test, "test-conversation")], CancellationToken.None);
        return Encoding.UTF8.GetString(state.Values.Single().Json.Span);
    }
}
