using System.Reflection;
using Microsoft.Extensions.Options;

namespace HelpBot.Bot.Hosting.Settings;

/// <summary>
/// Checks the listening addresses, and binds and validates every options class that has a
/// validator, before the host starts. Describes each invalid setting in one line that starts with
/// its configuration key.
/// </summary>
public sealed class SettingsCheck
{
    /// <summary>
    /// Exit code of a bot that did not start because of invalid settings: EX_CONFIG, the
    /// configuration error code of BSD's sysexits.h.
    /// </summary>
    public const int InvalidSettingsExitCode = 78;

    private static readonly MethodInfo CreateOptionsMethod =
        typeof(SettingsCheck).GetMethod(nameof(CreateOptions), BindingFlags.NonPublic | BindingFlags.Static)!;

    private readonly IReadOnlyList<Type> _optionsTypes;

    internal SettingsCheck(IReadOnlyList<Type> optionsTypes) => _optionsTypes = optionsTypes;

    /// <summary>
    /// Returns one line per invalid setting, or none: first the listening addresses of <c>urls</c> or
    /// <c>Kestrel:Endpoints</c>, then each options class. An options class gets the lines of
    /// <see cref="CollectionItemCheck"/> (list items the binder drops, such as
    /// <c>FollowUp:WorkingDays:0=Mondy</c>) before those of its binding and validation. A value outside
    /// a list that cannot be converted stops the binding of its section, so the validation failures of
    /// that section show only once it is fixed.
    /// </summary>
    public IReadOnlyList<string> FindInvalidSettings(IServiceProvider services)
    {
        ArgumentNullException.ThrowIfNull(services);
        var configuration = services.GetRequiredService<IConfiguration>();

        // A configure step can read other options, so the same failure can come up for several
        // classes; each line is reported once.
        var lines = new List<string>(ListenAddressSettings.FindInvalid(configuration));
        foreach (var optionsType in _optionsTypes)
        {
            foreach (var line in Check(services, configuration, optionsType))
            {
                if (!lines.Contains(line, StringComparer.Ordinal))
                {
                    lines.Add(line);
                }
            }
        }

        return lines;
    }

    /// <summary>Returns the options class's <c>SectionName</c> constant, or null when it has none.</summary>
    internal static string? FindSectionName(Type optionsType) =>
        optionsType.GetField("SectionName", BindingFlags.Public | BindingFlags.Static) is { IsLiteral: true } field
            ? field.GetRawConstantValue() as string
            : null;

    private static IEnumerable<string> Check(IServiceProvider services, IConfiguration configuration, Type optionsType)
    {
        var itemLines = FindSectionName(optionsType) is { } sectionName
            ? CollectionItemCheck.FindInvalid(optionsType, configuration.GetSection(sectionName))
            : [];
        return [.. itemLines, .. BindAndValidate(services, configuration, optionsType)];
    }

    private static IEnumerable<string> BindAndValidate(IServiceProvider services, IConfiguration configuration, Type optionsType)
    {
        try
        {
            CreateOptionsMethod.MakeGenericMethod(optionsType).CreateDelegate<Action<IServiceProvider>>()(services);
            return [];
        }
        catch (OptionsValidationException exception)
        {
            return exception.Failures;
        }
        catch (InvalidOperationException exception)
            when (ConversionFailure.TryDescribe(exception, optionsType, FindSectionName(optionsType), configuration) is { } line)
        {
            return [line];
        }
    }

    private static void CreateOptions<TOptions>(IServiceProvider services)
        where TOptions : class =>
        services.GetRequiredService<IOptionsFactory<TOptions>>().Create(Options.DefaultName);
}
