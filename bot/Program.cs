using HelpBot.Bot.Hosting;
using HelpBot.Bot.Hosting.Settings;

var builder = WebApplication.CreateBuilder(args);
builder.AddHelpBotHost();

// Disposing the host on every path flushes the console log before the process exits.
await using var app = builder.Build();
if (!app.CheckSettings(Console.Error))
{
    return SettingsCheck.InvalidSettingsExitCode;
}

app.UseHelpBotHost();
app.MapHelpBotEndpoints();

await app.RunAsync();
return 0;

/// <summary>The host's entry point, public so integration tests can start it with <c>WebApplicationFactory&lt;Program&gt;</c>.</summary>
public partial class Program;
