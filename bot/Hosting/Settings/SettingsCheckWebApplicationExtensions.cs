namespace HelpBot.Bot.Hosting.Settings;

/// <summary>Runs the <see cref="SettingsCheck"/> of a built host.</summary>
public static class SettingsCheckWebApplicationExtensions
{
    /// <summary>
    /// Writes one line per invalid setting to <paramref name="error"/> and logs how many there are.
    /// Returns false when a setting is invalid, so the caller exits with
    /// <see cref="SettingsCheck.InvalidSettingsExitCode"/> instead of starting the host.
    /// </summary>
    public static bool CheckSettings(this WebApplication app, TextWriter error)
    {
        ArgumentNullException.ThrowIfNull(app);
        ArgumentNullException.ThrowIfNull(error);

        var invalidSettings = app.Services.GetRequiredService<SettingsCheck>().FindInvalidSettings(app.Services);
        if (invalidSettings.Count == 0)
        {
            return true;
        }

        foreach (var line in invalidSettings)
        {
            error.WriteLine(line);
        }

        app.Services.GetRequiredService<ILogger<SettingsCheck>>().InvalidSettings(invalidSettings.Count);
        return false;
    }
}
