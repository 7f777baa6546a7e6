using HelpBot.Dialogs.FollowUp;
using HelpBot.Dialogs.Tickets;
using HelpBot.Domain.FollowUp;
using HelpBot.Domain.Tickets;
using HelpBot.Runtime.Turns;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers HelpBot's follow-up engine.</summary>
public static class FollowUpServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="FollowUpOptions"/> (section <c>FollowUp</c>, validated at start-up),
    /// <see cref="ITicketStore"/>, <see cref="ISupervisorDirectory"/>, <see cref="IFollowUpService"/>
    /// and the <see cref="ReminderWorker"/> hosted service. Calling it twice adds nothing. The host
    /// registers <c>IStorage</c>, <c>IProactiveSender</c>, <c>IConfiguration</c> and the PII analyzer
    /// and redactor (<c>AddHelpBotConversation</c> or <c>AddHelpBotPrivacy</c> does).
    /// </summary>
    public static IServiceCollection AddHelpBotFollowUp(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        if (services.Any(d => d.ServiceType == typeof(FollowUpService)))
        {
            // A second binding would append the configured supervisors and admins to the lists again.
            return services;
        }

        services.AddOptions<FollowUpOptions>()
            .BindConfiguration(FollowUpOptions.SectionName)
            .ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<FollowUpOptions>, FollowUpOptionsValidator>());

        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<ConversationLock>();
        services.TryAddSingleton<ITicketStore, TicketStore>();
        services.TryAddSingleton<ISupervisorDirectory, SupervisorDirectory>();
        services.TryAddSingleton<FollowUpService>();
        services.TryAddSingleton<IFollowUpService>(sp => sp.GetRequiredService<FollowUpService>());
        services.AddHostedService<ReminderWorker>();
        return services;
    }
}
