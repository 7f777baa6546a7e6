using System.Diagnostics;
using System.Net;
using System.Text.Json;
using HelpBot.Bot.Tests.BotFramework;
using HelpBot.Bot.Tests.Infrastructure;
using HelpBot.Protocol.Models;
using HelpBot.Runtime.Turns;
using Microsoft.Extensions.DependencyInjection;

namespace HelpBot.Bot.Tests.Teams;

/// <summary>Turns slower than the response timeout continue in the background.</summary>
public sealed class TeamsSlowTurnTests : IAsyncLifetime, IDisposable
{
    private MockConnector _connector = null!;
    private HelpBotFactory _factory = null!;

    public async Task InitializeAsync()
    {
        _connector = await MockConnector.StartAsync();
        _factory = new HelpBotFactory(
            new Dictionary<string, string?> { ["BotFramework:TurnResponseTimeout"] = "00:00:00.300" },
            services => services.AddSingleton<IMiddleware, SlowMiddleware>());
    }

    public void Dispose() => _factory.Dispose();

    public async Task DisposeAsync()
    {
        await _factory.DisposeAsync();
        await _connector.DisposeAsync();
    }

    [Fact]
    public async Task Message_SlowTurn_Returns202BeforeItEnds()
    {
        var chat = new TeamsChat(_factory.CreateClient(), _connector);
        var watch = Stopwatch.StartNew();

        var (response, replies) = await chat.SendAsync(chat.Message("slow", mention: false));

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        Assert.True(watch.Elapsed < SlowMiddleware.Delay, $"The response took {watch.ElapsedMilliseconds} ms.");
        // A typing indicator may already have gone out when the machine is slow; the reply must not have.
        Assert.DoesNotContain(replies, reply => reply.Type == ActivityTypes.Message);
    }

    [Fact]
    public async Task Message_SlowTurn_ReplyArrivesLater()
    {
        var chat = new TeamsChat(_factory.CreateClient(), _connector);

        await chat.SendAsync(chat.Message("slow", mention: false));

        await _connector.WaitForAsync(replies => replies.Any(reply => reply.Conversation?.Id == chat.ConversationId && reply.Text == "You said: slow"));
    }

    [Fact]
    public async Task Execute_SlowTurn_AnswersWithMessage()
    {
        var chat = new TeamsChat(_factory.CreateClient(), _connector);
        using var data = JsonDocument.Parse("""{"slow":true}""");

        var (response, _) = await chat.SendAsync(chat.Execute(data.RootElement));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("application/vnd.microsoft.activity.message", body.RootElement.GetProperty("type").GetString());
    }

    private sealed class SlowMiddleware : IMiddleware
    {
        public static readonly TimeSpan Delay = TimeSpan.FromSeconds(1.5);

        public async Task OnTurnAsync(ITurnContext turn, Func<CancellationToken, Task> next, CancellationToken cancellationToken)
        {
            var activity = turn.Activity;
            if (activity.Text == "slow" || activity.Value?.ToString().Contains("slow", StringComparison.Ordinal) == true)
            {
                await Task.Delay(Delay, cancellationToken);
            }

            await next(cancellationToken);
        }
    }
}
