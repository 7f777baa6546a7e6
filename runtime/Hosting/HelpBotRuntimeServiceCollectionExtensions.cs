using HelpBot.Runtime.Middleware;
using HelpBot.Runtime.State;
using HelpBot.Runtime.Storage;
using HelpBot.Runtime.Turns;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace HelpBot.Runtime.Hosting;

/// <summary>Registers the turn runtime: pipeline, middleware, state storage and retention.</summary>
public static class HelpBotRuntimeServiceCollectionExtensions
{
    /// <summary>
    /// Adds the turn pipeline with its middleware, the storage chosen by <c>Storage:Provider</c>,
    /// <see cref="SqliteDatabase"/>, the retention service and the WAL checkpoint service. The host registers the
    /// <see cref="ITurnHandler"/>.
    /// </summary>
    /// <remarks>
    /// Middleware runs in registration order, outermost first: <see cref="ErrorHandlerMiddleware"/>,
    /// <see cref="ConversationLockMiddleware"/>, <see cref="TypingMiddleware"/>,
    /// <see cref="StateMiddleware"/>. The error handler sits outside the state middleware, so a turn
    /// that throws writes no state. Typing starts before the state read because that read can be slow.
    /// Middleware registered after this call runs inside <see cref="StateMiddleware"/> and can use state.
    /// </remarks>
    public static IServiceCollection AddHelpBotRuntime(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);

        AddOptions(services, configuration);
        AddStorage(services);
        AddPipeline(services);
        return services;
    }

    private static void AddOptions(IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<StorageOptions>()
            .Bind(configuration.GetSection(StorageOptions.SectionName))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<StorageOptions>, StorageOptionsValidator>());

        services.AddOptions<TypingOptions>()
            .Bind(configuration.GetSection(TypingOptions.SectionName))
            .ValidateDataAnnotations()
            .ValidateOnStart();
    }

    private static void AddStorage(IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(CreateSqliteDatabase);
        services.TryAddSingleton(CreateStorage);
        services.AddHostedService<ConversationRetentionService>();
        services.AddHostedService<SqliteCheckpointService>();
    }

    private static void AddPipeline(IServiceCollection services)
    {
        services.TryAddSingleton<ConversationLock>();
        // TryAddEnumerable keeps this order and makes a second AddHelpBotRuntime call add nothing.
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IMiddleware, ErrorHandlerMiddleware>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IMiddleware, ConversationLockMiddleware>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IMiddleware, TypingMiddleware>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IMiddleware, StateMiddleware>());
        services.TryAddSingleton<TurnPipeline>();
    }

    private static SqliteDatabase CreateSqliteDatabase(IServiceProvider services)
    {
        var options = services.GetRequiredService<IOptions<StorageOptions>>().Value;
        var environment = services.GetRequiredService<IHostEnvironment>();
        return new SqliteDatabase(options.ResolveSqlitePath(environment.ContentRootPath));
    }

    private static IStorage CreateStorage(IServiceProvider services)
    {
        var options = services.GetRequiredService<IOptions<StorageOptions>>().Value;
        var timeProvider = services.GetRequiredService<TimeProvider>();
        return string.Equals(options.Provider, StorageProviders.Memory, StringComparison.OrdinalIgnoreCase)
            ? new MemoryStorage(timeProvider)
            : new SqliteStorage(services.GetRequiredService<SqliteDatabase>(), timeProvider);
    }
}
