using HelpBot.EndToEnd.Tests.Infrastructure;

namespace HelpBot.EndToEnd.Tests.DirectLine;

[Trait("Category", "EndToEnd")]
public sealed class DirectLinePollingTests(BotServerFixture fixture) : DirectLineClientTests(fixture)
{
    protected override bool UseWebSocket => false;
}
