using HelpBot.Dialogs.Conversation;
using HelpBot.Dialogs.Conversation.Drafts;
using HelpBot.Dialogs.Conversation.FollowUp;
using HelpBot.Dialogs.Conversation.Uploads;
using HelpBot.Dialogs.Engine;
using HelpBot.Dialogs.Tickets;
using HelpBot.Domain.Content;
using HelpBot.Domain.Tickets;
using HelpBot.Privacy;
using HelpBot.Runtime.Proactive;
using HelpBot.Runtime.Turns;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers HelpBot's conversation.</summary>
public static class ConversationServiceCollectionExtensions
{
    /// <summary>
    /// Registers the root <see cref="ITurnHandler"/> (<see cref="HelpBotTurnHandler"/>) and what the
    /// dialogs need: <see cref="ConversationOptions"/> (section <c>Conversation</c>) and the engine's
    /// <see cref="DialogEngineOptions"/> (section <c>Dialogs</c>), both validated at start-up; the desk-aid
    /// content (loaded from <see cref="DeskAidContentLoader.DefaultPath"/> unless registered);
    /// <see cref="ITicketStore"/>, <see cref="IDraftStore"/>, <see cref="TimeProvider"/>; and the PII
    /// analyzer and redactor unless registered, with the content's contacts added to the analyzer's
    /// allow list; the follow-up engine (<c>AddHelpBotFollowUp</c>), the follow-up router, ticket creation and
    /// <see cref="IDigestExportStore"/>. The host registers <c>IStorage</c> and replaces the
    /// <see cref="UnconfiguredProactiveSender"/> with its own <see cref="IProactiveSender"/>, and maps
    /// <see cref="DraftRoutes.Template"/> and <see cref="DigestRoutes.Template"/>.
    /// </summary>
    public static IServiceCollection AddHelpBotConversation(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);

        services.AddOptions<ConversationOptions>()
            .Bind(configuration.GetSection(ConversationOptions.SectionName))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddOptions<DialogEngineOptions>()
            .Bind(configuration.GetSection(DialogEngineOptions.SectionName))
            .PostConfigure<IOptions<ConversationOptions>>((engine, conversation) =>
            {
                engine.DefaultTimeZone = conversation.Value.DefaultTimeZone;
                engine.Commands.TryAdd(HelpBotDialogHooks.HelpTopicsCommand, [.. HelpBotDialogHooks.HelpTopicsPhrases]);
                engine.Commands.TryAdd(HelpBotDialogHooks.ChangeAnswersCommand, [.. HelpBotDialogHooks.ChangeAnswersPhrases]);
                engine.Commands.TryAdd(HelpBotDialogHooks.NotCbmsCommand, [.. HelpBotDialogHooks.NotCbmsPhrases]);

                // HelpBot shows the menu right after "cancel", so its message points there unless configured.
                if (engine.Messages.Cancelled == new DialogMessages().Cancelled)
                {
                    engine.Messages.Cancelled = HelpBotDialogHooks.CancelledMessage;
                }
            })
            .ValidateDataAnnotations()
            .ValidateOnStart();

        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(sp => DeskAidContentLoader.Load(
            DeskAidContentLoader.DefaultPath, sp.GetRequiredService<ILoggerFactory>().CreateLogger("HelpBot.Domain.Content")));
        AddPrivacy(services, configuration);

        services.TryAddSingleton<ITicketStore, TicketStore>();
        services.TryAddSingleton<IDraftStore, DraftStore>();
        services.TryAddSingleton<IUploadedFileReader, UnavailableUploadedFileReader>();
        services.TryAddSingleton<ConversationServices>();
        services.TryAddSingleton<HelpBot.Dialogs.Conversation.State.ReportResumption>();
        AddFollowUp(services, configuration);
        services.TryAddSingleton<HelpBotDialogHooks>();
        services.TryAddSingleton(CreateDialogManager);
        services.TryAddSingleton<HelpBotTurnHandler>();
        services.TryAddSingleton<ITurnHandler>(sp => sp.GetRequiredService<HelpBotTurnHandler>());
        return services;
    }

    private static void AddPrivacy(IServiceCollection services, IConfiguration configuration)
    {
        if (!services.Any(d => d.ServiceType == typeof(IPiiAnalyzer)))
        {
            services.AddHelpBotPrivacy(configuration);
        }

        // The help desks' own addresses and numbers appear in answers and drafts; they are never PII.
        services.AddOptions<PiiOptions>().Configure<DeskAidContent>((options, content) =>
            options.AllowList.AddRange(content.Contacts
                .Where(c => c.Kind is ContactKinds.Email or ContactKinds.Phone)
                .Select(c => c.Value)
                .Where(v => !options.AllowList.Contains(v, StringComparer.OrdinalIgnoreCase))));
    }

    // AddHelpBotFollowUp registers the follow-up service, the supervisor directory and the reminder worker.
    // The conversation adds the ticket creation, the router of follow-up requests and the digest CSV store.
    private static void AddFollowUp(IServiceCollection services, IConfiguration configuration)
    {
        // The follow-up options bind from IConfiguration in the container, which a host has already.
        services.TryAddSingleton(configuration);
        services.TryAddSingleton<IProactiveSender, UnconfiguredProactiveSender>();
        services.AddHelpBotFollowUp();
        services.TryAddSingleton<IDigestExportStore, DigestExportStore>();
        services.TryAddSingleton<TicketCreation>();
        services.TryAddSingleton<FollowUpConversationServices>();
        services.TryAddSingleton<FollowUpRouter>();
    }

    private static DialogManager CreateDialogManager(IServiceProvider services)
    {
        var conversation = services.GetRequiredService<ConversationServices>();
        return new DialogManager(
            ConversationDialogs.Create(
                conversation, services.GetRequiredService<TicketCreation>(), services.GetRequiredService<HelpBot.Dialogs.Conversation.State.ReportResumption>()),
            HelpBot.Dialogs.Conversation.Dialogs.DialogIds.Main,
            services.GetRequiredService<IOptions<DialogEngineOptions>>().Value,
            services.GetRequiredService<HelpBotDialogHooks>(),
            services.GetRequiredService<ILogger<DialogManager>>());
    }
}
