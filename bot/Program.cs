using HelpBot.Bot.Hosting;

var builder = WebApplication.CreateBuilder(args);
builder.AddHelpBotHost();

var app = builder.Build();
app.UseHelpBotHost();
app.MapHelpBotEndpoints();

await app.RunAsync();

/// <summary>The host's entry point, public so integration tests can start it with <c>WebApplicationFactory&lt;Program&gt;</c>.</summary>
public partial class Program;
