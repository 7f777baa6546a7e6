using HelpBot.Dialogs.Conversation.Privacy;
using HelpBot.Domain.Reports;
using HelpBot.Domain.Systems;
using HelpBot.Privacy;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace HelpBot.Dialogs.Tests.Conversation;

/// <summary>Which report fields the PII review checks, and which findings in the user name it shows. Every value is fake.</summary>
public sealed class ReportPrivacyTests
{
    private static readonly ServiceProvider Services = new ServiceCollection()
        .AddLogging()
        .AddHelpBotPrivacy(new ConfigurationBuilder().Build())
        .BuildServiceProvider();

    private static readonly IPiiDetector Detector = Services.GetRequiredService<IPiiDetector>();

    [Theory]
    [InlineData("303-555-0100", PiiCategories.PhoneNumber)]
    [InlineData("123-45-6789", PiiCategories.USSocialSecurityNumber)]
    [InlineData("dana@example.org", PiiCategories.Email)]
    public async Task CheckAsync_UsernameIdentifier_Flagged(string username, string category)
    {
        var report = new IssueReport { System = SupportSystems.Peak, Username = username };

        var check = await ReportPrivacy.CheckAsync(report, Detector, CancellationToken.None);

        var field = Assert.Single(check.Fields);
        Assert.Equal(ReportFields.Username, field.Field);
        Assert.Equal(category, Assert.Single(field.Findings).Category);
    }

    [Theory]
    [InlineData("cbo.navigator01")]
    [InlineData("dana.testperson")]
    [InlineData("testuser55")]
    public async Task CheckAsync_PlainUsername_NotFlagged(string username)
    {
        var report = new IssueReport { System = SupportSystems.Peak, Username = username };

        var check = await ReportPrivacy.CheckAsync(report, Detector, CancellationToken.None);

        Assert.True(check.IsEmpty);
    }
}
