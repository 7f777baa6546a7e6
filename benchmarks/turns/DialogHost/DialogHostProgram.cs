using HelpBot.Bot.Hosting;
using HelpBot.Runtime.Turns;

namespace HelpBot.Benchmarks.DialogHost;

/// <summary>
/// Starts HelpBot's host as bot/Program.cs does, after registering HelpBot's conversation, so its
/// <see cref="HelpBot.Dialogs.Conversation.HelpBotTurnHandler"/> replaces the placeholder handler.
/// With <c>BENCH_TURN_HANDLER=two-replies</c> it registers <see cref="TwoRepliesHandler"/> instead.
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
        else
        {
            builder.Services.AddHelpBotConversation(builder.Configuration);
        }

        builder.AddHelpBotHost();

        var app = builder.Build();
        app.UseHelpBotHost();
        app.MapHelpBotEndpoints();
        await app.RunAsync();
    }
}
