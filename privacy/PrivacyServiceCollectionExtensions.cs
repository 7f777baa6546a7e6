using HelpBot.Privacy.Analysis;
using HelpBot.Privacy.Recognizers;
using HelpBot.Privacy.Redaction;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace HelpBot.Privacy;

/// <summary>Registers the PII/PHI detector and redactor.</summary>
public static class PrivacyServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="IPiiAnalyzer"/>, <see cref="IPiiRedactor"/>, every built-in
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

        foreach (var recognizer in RecognizerRegistry.CreateBuiltIn())
        {
            services.AddSingleton<IPiiRecognizer>(recognizer);
        }

        services.TryAddSingleton<RecognizerRegistry>();
        services.TryAddSingleton<IPiiAnalyzer, PiiAnalyzer>();
        services.TryAddSingleton<IPiiRedactor, PiiRedactor>();
        services.AddLogging();
        return services;
    }
}
