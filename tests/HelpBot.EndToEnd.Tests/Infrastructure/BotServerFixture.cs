namespace HelpBot.EndToEnd.Tests.Infrastructure;

/// <summary>One bot process per test class, started before its first test and stopped after its last.</summary>
public sealed class BotServerFixture : IAsyncLifetime
{
    private BotServer? _server;

    internal BotServer Server => _server ?? throw new InvalidOperationException("The bot server has not started.");

    public async Task InitializeAsync()
    {
        _server = await BotServer.StartAsync();
    }

    public async Task DisposeAsync()
    {
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }
    }
}
