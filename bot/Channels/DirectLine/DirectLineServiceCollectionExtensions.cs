using HelpBot.Dialogs.Conversation.Uploads;
using HelpBot.Runtime.Storage;
using Microsoft.AspNetCore.Cors.Infrastructure;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace HelpBot.Bot.Channels.DirectLine;

/// <summary>Registers the embedded Direct Line 3.0 server.</summary>
public static class DirectLineServiceCollectionExtensions
{
    /// <summary>
    /// Adds the Direct Line options (<c>DirectLine</c> section), credentials, token service, the
    /// conversation store chosen by <c>Storage:Provider</c> (SQLite beside the state table, or memory),
    /// the endpoint handlers, retention and the CORS policy. Needs the runtime's registrations
    /// (<see cref="SqliteDatabase"/>, <see cref="StorageOptions"/>, <see cref="TimeProvider"/>).
    /// </summary>
    public static IServiceCollection AddDirectLine(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);

        services.AddOptions<DirectLineOptions>()
            .Bind(configuration.GetSection(DirectLineOptions.SectionName))
            .PostConfigure(options =>
            {
                if (options.AllowedUploadContentTypes.Count == 0)
                {
                    options.AllowedUploadContentTypes = [.. DirectLineOptions.DefaultUploadContentTypes];
                }
            })
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<DirectLineOptions>, DirectLineTimeoutValidator>());

        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton(CreateCredentials);
        services.AddSingleton(CreateStore);
        services.AddSingleton<DirectLineTokenService>();
        services.AddSingleton<DirectLineAuthenticator>();
        services.AddSingleton<DirectLineUrls>();
        services.AddSingleton<DirectLineStreamHub>();
        services.AddSingleton<TranscriptRedactor>();
        services.AddSingleton<DirectLineLiveActivities>();
        services.AddSingleton<DirectLineConversationService>();
        services.AddSingleton<ConversationAccess>();
        services.AddSingleton<UploadReader>();

        // Replaces the conversation's default, which reads no file, so .eml drafts attach web chat uploads.
        services.Replace(ServiceDescriptor.Singleton<IUploadedFileReader, DirectLineUploadedFileReader>());
        AddEndpointHandlers(services);
        services.AddHostedService<DirectLineRetentionService>();

        services.AddCors();
        services.AddOptions<CorsOptions>().Configure<IOptions<DirectLineOptions>>((cors, directLine) =>
            cors.AddPolicy(DirectLineCors.PolicyName, DirectLineCors.Create(directLine.Value.AllowedOrigins)));
        return services;
    }

    private static void AddEndpointHandlers(IServiceCollection services)
    {
        services.AddSingleton<TokenEndpoints>();
        services.AddSingleton<ConversationEndpoints>();
        services.AddSingleton<ActivityEndpoints>();
        services.AddSingleton<UploadEndpoints>();
        services.AddSingleton<AttachmentEndpoints>();
        services.AddSingleton<StreamEndpoint>();
        services.AddSingleton<SessionEndpoints>();
    }

    private static bool UsesMemory(StorageOptions options) =>
        string.Equals(options.Provider, StorageProviders.Memory, StringComparison.OrdinalIgnoreCase);

    private static DirectLineCredentials CreateCredentials(IServiceProvider services)
    {
        var storage = services.GetRequiredService<IOptions<StorageOptions>>().Value;
        var environment = services.GetRequiredService<IHostEnvironment>();
        var dataDirectory = UsesMemory(storage) ? null : Path.GetDirectoryName(storage.ResolveSqlitePath(environment.ContentRootPath));
        var logger = services.GetRequiredService<ILoggerFactory>().CreateLogger<DirectLineCredentials>();
        return DirectLineCredentialsLoader.Load(services.GetRequiredService<IOptions<DirectLineOptions>>().Value, dataDirectory, logger);
    }

    private static IDirectLineStore CreateStore(IServiceProvider services)
    {
        var storage = services.GetRequiredService<IOptions<StorageOptions>>().Value;
        var options = services.GetRequiredService<IOptions<DirectLineOptions>>();
        var timeProvider = services.GetRequiredService<TimeProvider>();
        return UsesMemory(storage)
            ? new MemoryDirectLineStore(options, timeProvider)
            : new SqliteDirectLineStore(services.GetRequiredService<SqliteDatabase>(), options, timeProvider);
    }
}
