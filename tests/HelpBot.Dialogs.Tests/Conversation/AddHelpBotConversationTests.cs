using HelpBot.Dialogs.Conversation;
using HelpBot.Dialogs.Conversation.Drafts;
using HelpBot.Domain.Tickets;
using HelpBot.Dialogs.Tests.Conversation.FollowUp;
using HelpBot.Privacy;
using HelpBot.Runtime.Proactive;
using HelpBot.Runtime.State;
using HelpBot.Runtime.Storage;
using HelpBot.Runtime.Turns;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace HelpBot.Dialogs.Tests.Conversation;

public sealed class AddHelpBotConversationTests
{
    [Fact]
    public void AddHelpBotConversation_Resolves_RootHandler()
    {
        using var services = Build([]);

        Assert.IsType<HelpBotTurnHandler>(services.GetRequiredService<ITurnHandler>());
        Assert.NotNull(services.GetRequiredService<ITicketStore>());
        Assert.NotNull(services.GetRequiredService<IDraftStore>());
    }

    [Fact]
    public void AddHelpBotConversation_Defaults_UseLoopback()
    {
        using var services = Build([]);

        Assert.Equal("http://127.0.0.1:3978", services.GetRequiredService<IOptions<ConversationOptions>>().Value.PublicBaseUrl);
    }

    [Fact]
    public void AddHelpBotConversation_Contacts_AreAllowed()
    {
        using var services = Build([]);

        var allowList = services.GetRequiredService<IOptions<PiiOptions>>().Value.AllowList;

        Assert.Contains("CBMS.help@state.co.us", allowList, StringComparer.OrdinalIgnoreCase);
        Assert.Contains("1-855-752-6749", allowList);
    }

    [Theory]
    [InlineData("not a url")]
    [InlineData("")]
    public void AddHelpBotConversation_InvalidBaseUrl_FailsValidation(string baseUrl)
    {
        using var services = Build([new("Conversation:PublicBaseUrl", baseUrl)]);

        Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IOptions<ConversationOptions>>().Value);
    }

    private static ServiceProvider Build(KeyValuePair<string, string?>[] settings) =>
        new ServiceCollection()
            .AddLogging()
            .AddSingleton<IStorage>(new MemoryStorage())
            .AddSingleton<IProactiveSender>(new RecordingProactiveSender())
            .AddHelpBotConversation(new ConfigurationBuilder().AddInMemoryCollection(settings).Build())
            .BuildServiceProvider();
}
