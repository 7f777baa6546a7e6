using HelpBot.Runtime.Proactive;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace HelpBot.Bot.Proactive;

/// <summary>Registers proactive delivery over both channels.</summary>
public static class ProactiveServiceCollectionExtensions
{
    /// <summary>
    /// Adds <see cref="IProactiveSender"/> (<see cref="ChannelProactiveSender"/>), the user index,
    /// the web chat pending messages and the recorder that keeps addresses on every turn. Needs the
    /// runtime's storage and both channels' registrations. It replaces an <see cref="IProactiveSender"/>
    /// registered earlier (such as a layer's placeholder), so call it after those layers.
    /// </summary>
    public static IServiceCollection AddHelpBotProactive(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.TryAddSingleton<UserConversationIndex>();
        services.TryAddSingleton<WebChatPendingDeliveries>();
        services.TryAddSingleton<ProactiveAddressRecorder>();
        services.TryAddSingleton<DirectLineProactiveSender>();
        services.TryAddSingleton<ConnectorProactiveSender>();
        services.Replace(ServiceDescriptor.Singleton<IProactiveSender, ChannelProactiveSender>());
        return services;
    }
}
