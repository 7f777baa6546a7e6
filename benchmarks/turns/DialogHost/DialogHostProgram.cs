using HelpBot.Bot.Hosting;
using HelpBot.Runtime.Turns;

namespace HelpBot.Benchmarks.DialogHost;

/// <summary>
/// Starts HelpBot's host as bot/Program.cs does and adds <c>GET /bench/runtime</c>
/// (<see cref="RuntimeCounters"/>). With <c>BENCH_TURN_HANDLER=two-replies</c> it registers
/// <see cref="TwoRepliesHandler"/> before the host's services, so it replaces HelpBot's conversation.
/// </summary>
public static class DialogHostProgram
{
    public static async Task Main(string[] args)
    {
        var builder = WebApplication.CreateBuilder(args);
        if (builder.Configuration["BENCH_TURN_HANDLER"] == "two-replies")
        {
            builder.Services.AddSingleton<ITurnHandler, TwoRepliesHandler>();
        }

        builder.AddHelpBotHost();

        var app = builder.Build();
        app.UseHelpBotHost();
        app.MapHelpBotEndpoints();
        app.MapGet("/bench/runtime", RuntimeCounters.WriteAsync);
        await app.RunAsync();
    }
}
