using HelpBot.Bot;
using HelpBot.Bot.Hosting;
using HelpBot.Bot.Hosting.Settings;
using Microsoft.AspNetCore.Hosting.Server;

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

var addresses = ListenAddress.ReadFor(app.Services.GetRequiredService<IServer>(), app.Configuration);
if (ListenAddressCheck.FindAddressInUse(addresses) is { } addressInUse)
{
    app.Logger.AddressInUse();
    await Console.Error.WriteLineAsync(addressInUse);
    return ListenAddressCheck.AddressInUseExitCode;
}

try
{
    await app.StartAsync();
}
catch (IOException error) when (ListenAddressCheck.Describe(error, addresses) is { } line)
{
    // Another process took the port after the check. The host has logged the error with its stack trace.
    await Console.Error.WriteLineAsync(line);
    return ListenAddressCheck.AddressInUseExitCode;
}

await app.WaitForShutdownAsync();
return 0;

/// <summary>The host's entry point, public so integration tests can start it with <c>WebApplicationFactory&lt;Program&gt;</c>.</summary>
public partial class Program;
