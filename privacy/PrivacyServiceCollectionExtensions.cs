using HelpBot.Privacy.Analysis;
using HelpBot.Privacy.Azure;
using HelpBot.Privacy.Recognizers;
using HelpBot.Privacy.Redaction;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Options;
using Polly;

namespace HelpBot.Privacy;

/// <summary>Registers the PII/PHI detector and redactor.</summary>
public static class PrivacyServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="IPiiAnalyzer"/>, <see cref="IPiiDetector"/> (local, Azure or both, from
    /// Pii:Mode), <see cref="IPiiRedactor"/>, every built-in
    /// <see cref="IPiiRecognizer"/> and <see cref="PiiOptions"/> bound from the "Pii" section of
    /// <paramref name="configuration"/>, validated at start-up. Recognizers registered as
    /// <see cref="IPiiRecognizer"/> by the app run too.
    /// </summary>
    /// <example>
    /// <code>
    /// builder.Services.AddHelpBotPrivacy(builder.Configuration);
    /// builder.Services.Configure&lt;PiiOptions&gt;(o =&gt; o.AllowList.AddRange(content.ContactValues));
    /// </code>
    /// </example>
    public static IServiceCollection AddHelpBotPrivacy(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);

        services.AddOptions<PiiOptions>()
            .Bind(configuration.GetSection(PiiOptions.SectionName))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<PiiOptions>, PiiOptionsValidator>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<PiiOptions>, AzureAuthOptionsValidator>());

        foreach (var recognizer in RecognizerRegistry.CreateBuiltIn())
        {
            services.AddSingleton<IPiiRecognizer>(recognizer);
        }

        services.TryAddSingleton<RecognizerRegistry>();
        services.TryAddSingleton<PiiAnalyzer>();
        services.TryAddSingleton<IPiiAnalyzer>(provider => provider.GetRequiredService<PiiAnalyzer>());
        services.TryAddSingleton<IPiiRedactor, PiiRedactor>();
        AddAzure(services);
        services.AddLogging();
        return services;
    }

    // The Azure client sends through a named HTTP client whose pipeline is: a time-out for the whole
    // call, retries on 408, 429 (honouring Retry-After), 5xx and network errors, and a time-out per attempt.
    // Entra ID tokens come through a second named client that MSAL uses.
    private static void AddAzure(IServiceCollection services)
    {
        services.AddHttpClient(AzurePiiConstants.HttpClientName, client => client.Timeout = Timeout.InfiniteTimeSpan)
            .AddResilienceHandler("azure-pii", static (builder, context) =>
            {
                var options = context.ServiceProvider.GetRequiredService<IOptions<PiiOptions>>().Value.Azure;
                builder.AddTimeout(options.TotalTimeout);
                if (options.MaxRetries > 0)
                {
                    builder.AddRetry(new HttpRetryStrategyOptions
                    {
                        MaxRetryAttempts = options.MaxRetries,
                        Delay = options.RetryBaseDelay,
                        BackoffType = DelayBackoffType.Exponential,
                        UseJitter = true,
                        ShouldRetryAfterHeader = true,
                    });
                }

                builder.AddTimeout(options.AttemptTimeout);
            });
        services.AddHttpClient(AzurePiiConstants.TokenHttpClientName);
        services.TryAddSingleton<AzureMsalHttpClientFactory>();
        services.TryAddSingleton(provider => new EntraAccessTokenSource(
            provider.GetRequiredService<IOptions<PiiOptions>>(), provider.GetRequiredService<AzureMsalHttpClientFactory>()));
        services.TryAddSingleton<AzurePiiClient>();
        services.TryAddSingleton<IPiiDetector, PiiDetector>();
    }
}
