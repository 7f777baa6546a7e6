using HelpBot.Dialogs.Conversation.FollowUp;
using HelpBot.Dialogs.FollowUp;
using HelpBot.Domain.Systems;
using HelpBot.Privacy;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace HelpBot.Dialogs.Tests.Conversation.FollowUp;

public sealed class IncidentNumberCheckTests
{
    private static readonly IPiiAnalyzer Analyzer = new ServiceCollection()
        .AddLogging()
        .AddHelpBotPrivacy(new ConfigurationBuilder().Build())
        .BuildServiceProvider()
        .GetRequiredService<IPiiAnalyzer>();

    [Theory]
    [InlineData("00012345")]
    [InlineData("INC-0042")]
    [InlineData(" 123456 ")]
    [InlineData("SR-2026-0001")]
    public void FindProblem_IncidentNumber_ReturnsNull(string value)
    {
        Assert.Null(IncidentNumberCheck.FindProblem(value, Analyzer));
    }

    [Theory]
    [InlineData("000-00-0000", false)]
    [InlineData("000 00 0000", false)]
    [InlineData("303-555-0100", false)]
    [InlineData("(303) 555-0100", false)]
    [InlineData("Dana Testperson", false)]
    [InlineData("1B00000", false)]
    [InlineData("1b 00000", false)]
    [InlineData("", false)]
    [InlineData("ab", true)]
    [InlineData("ABCDEF", true)]
    [InlineData("12 34", true)]
    [InlineData("-1234", true)]
    public void FindProblem_BadValue_ExplainsAndSaysWhetherToShowAgain(string value, bool showAgain)
    {
        var problem = IncidentNumberCheck.FindProblem(value, Analyzer);

        Assert.NotNull(problem);
        Assert.False(string.IsNullOrWhiteSpace(problem.Message));
        Assert.Equal(showAgain, problem.ShowAgain);
    }

    [Theory]
    [InlineData("", SupportSystems.Peak, "the help desk gave you")]
    [InlineData("1B00000", SupportSystems.Peak, "the help desk gave you")]
    [InlineData("", SupportSystems.ConnectForHealth, "the Service Center gave you")]
    [InlineData("1B00000", SupportSystems.ConnectForHealth, "the Service Center gave you")]
    [InlineData("", null, "you were given")]
    public void FindProblem_TicketSystem_NamesOnlyItsChannel(string value, string? system, string expected)
    {
        var message = IncidentNumberCheck.FindProblem(value, Analyzer, system)!.Message;

        Assert.Contains(expected, message, StringComparison.Ordinal);
        Assert.Equal(system == SupportSystems.Peak, message.Contains("help desk", StringComparison.Ordinal));
        Assert.Equal(system == SupportSystems.ConnectForHealth, message.Contains("Service Center", StringComparison.Ordinal));
    }

    [Fact]
    public void FindProblem_VeryLongValue_IsNotShownAgain()
    {
        var problem = IncidentNumberCheck.FindProblem(new string('1', 500), Analyzer);

        Assert.False(problem!.ShowAgain);
    }
}
