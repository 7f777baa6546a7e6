using HelpBot.Bot.Channels.BotFramework.Connector;

namespace HelpBot.Bot.Tests.BotFramework;

/// <summary>Returns a fixed token, standing in for MSAL.</summary>
internal sealed class FakeBotTokenProvider : IBotTokenProvider
{
    public const string Token = "fake-bot-token-for-tests";

    public int Calls;

    public Task<string> GetAccessTokenAsync(CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref Calls);
        return Task.FromResult(Token);
    }
}
