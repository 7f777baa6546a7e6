using HelpBot.Dialogs.FollowUp;
using HelpBot.Domain.FollowUp;
using HelpBot.Privacy;
using HelpBot.Runtime.Proactive;
using HelpBot.Runtime.State;
using HelpBot.Runtime.Storage;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace HelpBot.Dialogs.Tests.FollowUp;

public sealed class AddHelpBotFollowUpTests
{
    [Fact]
    public async Task AddHelpBotFollowUp_CalledTwice_BindsSupervisorsOnce()
    {
        await using var provider = CreateProvider(Settings(), calls: 2);

        var options = provider.GetRequiredService<IOptions<FollowUpOptions>>().Value;

        Assert.Single(options.Supervisors);
        Assert.Single(provider.GetServices<IHostedService>().OfType<ReminderWorker>());
    }

    [Fact]
    public async Task AddHelpBotFollowUp_Services_ResolveOneService()
    {
        await using var provider = CreateProvider(Settings(), calls: 1);

        Assert.Same(provider.GetRequiredService<FollowUpService>(), provider.GetRequiredService<IFollowUpService>());
    }

    [Theory]
    [InlineData("FollowUp:DefaultTimeZone", "Nowhere/Town")]
    [InlineData("FollowUp:ScanInterval", "00:00:00")]
    [InlineData("FollowUp:Supervisors:1:UserId", "no-channel")]
    public async Task AddHelpBotFollowUp_InvalidSetting_FailsAtStart(string key, string value)
    {
        var settings = Settings();
        settings[key] = value;
        await using var provider = CreateProvider(settings, calls: 1);

        var exception = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IStartupValidator>().Validate());

        Assert.Contains(key.Split(':')[1], exception.Message, StringComparison.Ordinal);
    }

    private static Dictionary<string, string?> Settings() => new()
    {
        ["FollowUp:Supervisors:0:ChannelId"] = "msteams",
        ["FollowUp:Supervisors:0:UserId"] = "lead-1",
    };

    private static ServiceProvider CreateProvider(Dictionary<string, string?> settings, int calls)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddLogging();
        services.AddSingleton<IStorage>(new MemoryStorage());
        services.AddSingleton<IProactiveSender>(new RecordingProactiveSender());
        services.AddHelpBotPrivacy(configuration);
        for (var i = 0; i < calls; i++)
        {
            services.AddHelpBotFollowUp();
        }

        return services.BuildServiceProvider();
    }
}
