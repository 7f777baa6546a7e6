using Microsoft.Extensions.Options;

namespace HelpBot.Bot.Hosting.Settings;

/// <summary>Registers the start-up check of the settings.</summary>
public static class SettingsCheckServiceCollectionExtensions
{
    /// <summary>
    /// Registers a <see cref="SettingsCheck"/> for every options class that has an
    /// <see cref="IValidateOptions{TOptions}"/> so far, and replaces the <c>ValidateDataAnnotations</c>
    /// validator of each class with a <c>SectionName</c> constant by one whose messages name the full
    /// configuration key. Call it after every options class is registered.
    /// </summary>
    public static IServiceCollection AddSettingsCheck(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        var optionsTypes = new List<Type>();
        for (var i = 0; i < services.Count; i++)
        {
            var descriptor = services[i];
            if (descriptor.IsKeyedService || !descriptor.ServiceType.IsGenericType
                || descriptor.ServiceType.GetGenericTypeDefinition() != typeof(IValidateOptions<>))
            {
                continue;
            }

            var optionsType = descriptor.ServiceType.GetGenericArguments()[0];
            if (!optionsTypes.Contains(optionsType))
            {
                optionsTypes.Add(optionsType);
            }

            if (CreateKeyedValidator(descriptor.ImplementationInstance, optionsType) is { } keyed)
            {
                services[i] = ServiceDescriptor.Singleton(descriptor.ServiceType, keyed);
            }
        }

        services.AddSingleton(new SettingsCheck(optionsTypes));
        return services;
    }

    private static object? CreateKeyedValidator(object? validator, Type optionsType)
    {
        var validatorType = validator?.GetType();
        if (validatorType is not { IsGenericType: true }
            || validatorType.GetGenericTypeDefinition() != typeof(DataAnnotationValidateOptions<>)
            || SettingsCheck.FindSectionName(optionsType) is not { } sectionName)
        {
            return null;
        }

        var name = (string?)validatorType.GetProperty(nameof(DataAnnotationValidateOptions<object>.Name))!.GetValue(validator);
        return Activator.CreateInstance(typeof(KeyedDataAnnotationValidateOptions<>).MakeGenericType(optionsType), name, sectionName);
    }
}
