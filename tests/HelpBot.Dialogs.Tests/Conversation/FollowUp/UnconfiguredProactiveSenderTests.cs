using HelpBot.Dialogs.Conversation.FollowUp;
using HelpBot.Protocol.Models;
using HelpBot.Runtime.Proactive;
using HelpBot.Runtime.State;
using HelpBot.Runtime.Storage;
using HelpBot.Runtime.Turns;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace HelpBot.Dialogs.Tests.Conversation.FollowUp;

public sealed class UnconfiguredProactiveSenderTests
{
    [Fact]
    public void AddHelpBotConversation_NoSender_RegistersPlaceholderAndResolvesHandler()
    {
        using var services = Build(sender: null);

        Assert.IsType<UnconfiguredProactiveSender>(services.GetRequiredService<IProactiveSender>());
        Assert.NotNull(services.GetRequiredService<ITurnHandler>());
    }

    [Fact]
    public void AddHelpBotConversation_HostSender_KeepsIt()
    {
        using var services = Build(new RecordingProactiveSender());

        Assert.IsType<RecordingProactiveSender>(services.GetRequiredService<IProactiveSender>());
    }

    [Fact]
    public async Task SendAsync_Placeholder_ReturnsNoAddress()
    {
        using var services = Build(sender: null);

        var delivery = await services.GetRequiredService<IProactiveSender>()
            .SendAsync(new ProactiveAddress(ChannelIds.Test, "user-1"), [new Activity { Type = ActivityTypes.Message, Text = "reminder" }], CancellationToken.None);

        Assert.Equal(ProactiveDelivery.NoAddress, delivery);
    }

    private static ServiceProvider Build(IProactiveSender? sender)
    {
        var services = new ServiceCollection().AddLogging().AddSingleton<IStorage>(new MemoryStorage());
        if (sender is not null)
        {
            services.AddSingleton(sender);
        }

        return services.AddHelpBotConversation(new ConfigurationBuilder().Build()).BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true });
    }
}
