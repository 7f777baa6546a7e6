using HelpBot.Bot.Hosting;
using HelpBot.Bot.Hosting.Settings;
using HelpBot.Bot.Tests.Infrastructure;
using HelpBot.Runtime.Storage;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace HelpBot.Bot.Tests.Hosting;

/// <summary>
/// The start-up check of the settings: one line per invalid setting that names its configuration
/// key, checked on the built host for every validated options class, and on the real process for
/// its exit code and output.
/// </summary>
public sealed class InvalidSettingsTests
{
    private const string TimeSpanFormat = "in the format d.hh:mm:ss";
    private const string ListenAddressExample = "Set an http:// or https:// address with a host and a port, such as http://127.0.0.1:3978.";

    public static TheoryData<string, string, string> InvalidSettings => new()
    {
        { "Storage:ConversationRetention", "00:00:05", $"Storage:ConversationRetention is 00:00:05, which is outside the allowed range. Set a duration from 00:01:00 to 365.00:00:00, {TimeSpanFormat}." },
        { "Storage:ConversationRetention", "abc", $"Storage:ConversationRetention is 'abc', which is not a valid duration. Set a duration {TimeSpanFormat}, such as 00:30:00 for 30 minutes." },
        { "Storage:DataDirectory", "", "Storage:DataDirectory is empty, but it needs a value. Set one, such as the default App_Data." },
        { "Storage:Provider", "Disk", "Storage:Provider is 'Disk', which is not supported. Set it to 'Sqlite' or 'Memory'." },
        { "Typing:Interval", "00:00:01", $"Typing:Interval is 00:00:01, which is outside the allowed range. Set a duration from 00:00:02 to 00:01:00, {TimeSpanFormat}." },
        { "Conversation:PublicBaseUrl", "nope", "Conversation:PublicBaseUrl is 'nope', which is not an absolute address. Set an address that starts with http:// or https://, such as https://helpbot.example.org." },
        { "Dialogs:HelpHintAfterAttempts", "0", "Dialogs:HelpHintAfterAttempts is 0, which is outside the allowed range. Set a value from 1 to 100." },
        { "Pii:Mode", "Cloud", "Pii:Mode is 'Cloud', which is not a valid value. Use one of: Local, Azure, Both." },
        { "Pii:ScoreThreshold", "2", "Pii:ScoreThreshold is 2, which is outside the allowed range. Set a value from 0 to 1." },
        { "Pii:ScoreThreshold", "0,5", "Pii:ScoreThreshold is '0,5', which is not a number. Set a number with a period as the decimal separator, such as 0.5." },
        { "Pii:Azure:MaxRetries", "50", "Pii:Azure:MaxRetries is 50, which is outside the allowed range. Set a value from 0 to 10." },
        { "Pii:Azure:TotalTimeout", "00:20:00", $"Pii:Azure:TotalTimeout is 00:20:00, which is outside the allowed range. Set a duration from 00:00:01 to 00:10:00, {TimeSpanFormat}." },
        { "DirectLine:MaxUploadFiles", "1000", "DirectLine:MaxUploadFiles is 1000, which is outside the allowed range. Set a value from 1 to 100." },
        { "DirectLine:MaxUploadFiles", "ten", "DirectLine:MaxUploadFiles is 'ten', which is not a whole number. Set digits only, such as 10." },
        { "DirectLine:BotId", "", "DirectLine:BotId is empty, but it needs a value. Set one, such as the default helpbot." },
        { "BotFramework:MaxRetryAttempts", "11", "BotFramework:MaxRetryAttempts is 11, which is outside the allowed range. Set a value from 0 to 10." },
        { "FollowUp:PeakReplyWorkingDays", "99", "FollowUp:PeakReplyWorkingDays is 99, which is outside the allowed range. Set a value from 0 to 60." },
        { "FollowUp:ScanInterval", "02:00:00", $"FollowUp:ScanInterval is 02:00:00, which is outside the allowed range. Set a duration from 00:00:01 to 01:00:00, {TimeSpanFormat}." },
        { "FollowUp:WorkdayStart", "8xm", "FollowUp:WorkdayStart is '8xm', which is not a valid time of day. Set a time in the format hh:mm, such as 08:00." },
        { "FollowUp:Supervisors:0:ChannelId", "msteams", "FollowUp:Supervisors:0:UserId is missing. Each entry of FollowUp:Supervisors needs a ChannelId and a UserId." },
        { "WebChat:TokenRequestsPerMinute", "0", "WebChat:TokenRequestsPerMinute is 0, which is outside the allowed range. Set a value from 1 to 10000." },
        { "urls", "127.0.0.1:3978", $"urls is '127.0.0.1:3978', which is not a valid listening address. {ListenAddressExample}" },
        { "urls", "http://127.0.0.1:3978;http://127.0.0.1:99999", $"urls contains 'http://127.0.0.1:99999', which is not a valid listening address. {ListenAddressExample}" },
        { "Kestrel:Endpoints:Web:Url", "nope", $"Kestrel:Endpoints:Web:Url is 'nope', which is not a valid listening address. {ListenAddressExample}" },
        { "Kestrel:Endpoints:Web:Url", "ftp://127.0.0.1:3978", $"Kestrel:Endpoints:Web:Url is 'ftp://127.0.0.1:3978', which is not a valid listening address. {ListenAddressExample}" },
        { "Kestrel:Endpoints:Web:Url", "http://127.0.0.1:abc", $"Kestrel:Endpoints:Web:Url is 'http://127.0.0.1:abc', which is not a valid listening address. {ListenAddressExample}" },
        { "Kestrel:Endpoints:Web:Url", "http://127.0.0.1:3978/bot", $"Kestrel:Endpoints:Web:Url is 'http://127.0.0.1:3978/bot', which is not a valid listening address. {ListenAddressExample}" },
        { "Kestrel:Endpoints:Web:Url", "", "Kestrel:Endpoints:Web:Url is empty, but it needs a value. Set one, such as the default http://127.0.0.1:3978." },
        { "Kestrel:Endpoints:Web:Protocols", "Http1", "Kestrel:Endpoints:Web:Url is empty, but it needs a value. Set one, such as the default http://127.0.0.1:3978." },
    };

    private const string WorkingDays = "Use one of: Sunday, Monday, Tuesday, Wednesday, Thursday, Friday, Saturday.";

    // The configuration binder drops these items, or ignores these values, without an error. Every
    // list, array and dictionary setting of the options classes is here.
    public static TheoryData<string, string, string> InvalidListItems => new()
    {
        { "FollowUp:WorkingDays:1", "Fri", $"FollowUp:WorkingDays:1 is 'Fri', which is not a valid value. {WorkingDays}" },
        { "FollowUp:WorkingDays:0", "9", $"FollowUp:WorkingDays:0 is '9', which is not a valid value. {WorkingDays}" },
        { "FollowUp:WorkingDays:0", "Monday,Tuesday", $"FollowUp:WorkingDays:0 is 'Monday,Tuesday', which is not a valid value. {WorkingDays}" },
        { "FollowUp:WorkingDays", "Monday", "FollowUp:WorkingDays is 'Monday', but it needs a list. Set each item under its own index: FollowUp:WorkingDays:0, FollowUp:WorkingDays:1 and so on." },
        { "FollowUp:Supervisors:0", "dl_example-supervisor-id", "FollowUp:Supervisors:0 is 'dl_example-supervisor-id', but it needs the keys ChannelId, UserId below it, such as FollowUp:Supervisors:0:ChannelId." },
        { "FollowUp:Admins:2", "dl_example-admin-id", "FollowUp:Admins:2 is 'dl_example-admin-id', but it needs the keys ChannelId, UserId below it, such as FollowUp:Admins:2:ChannelId." },
        { "FollowUp:Admins", "dl_example-admin-id", "FollowUp:Admins is 'dl_example-admin-id', but it needs a list. Set each item under its own index: FollowUp:Admins:0, FollowUp:Admins:1 and so on." },
        { "WebChat:AllowedOrigins:0:Url", "https://partner.example.org", NotSingleValue("WebChat:AllowedOrigins:0", "Url") },
        { "WebChat:AllowedOrigins", "https://partner.example.org", "WebChat:AllowedOrigins is 'https://partner.example.org', but it needs a list. Set each item under its own index: WebChat:AllowedOrigins:0, WebChat:AllowedOrigins:1 and so on." },
        { "DirectLine:AllowedOrigins:0:Url", "https://partner.example.org", NotSingleValue("DirectLine:AllowedOrigins:0", "Url") },
        { "DirectLine:AllowedUploadContentTypes:1:Type", "image/png", NotSingleValue("DirectLine:AllowedUploadContentTypes:1", "Type") },
        { "BotFramework:TrustedServiceUrlHosts:0:Host", "smba.example.org", NotSingleValue("BotFramework:TrustedServiceUrlHosts:0", "Host") },
        { "BotFramework:AllowedTenants:0:Id", "00000000-0000-0000-0000-000000000001", NotSingleValue("BotFramework:AllowedTenants:0", "Id") },
        { "Pii:EnabledRecognizers:0:Name", "PersonRecognizer", NotSingleValue("Pii:EnabledRecognizers:0", "Name") },
        { "Pii:DisabledRecognizers:0:Name", "PersonRecognizer", NotSingleValue("Pii:DisabledRecognizers:0", "Name") },
        { "Pii:AllowList:0:Text", "Example Clinic", NotSingleValue("Pii:AllowList:0", "Text") },
        { "Dialogs:Commands:help:0:Text", "assist", NotSingleValue("Dialogs:Commands:help:0", "Text") },
        { "Dialogs:Commands:help", "assist", "Dialogs:Commands:help is 'assist', but it needs a list. Set each item under its own index: Dialogs:Commands:help:0, Dialogs:Commands:help:1 and so on." },
        { "Dialogs:Commands", "help", "Dialogs:Commands is 'help', but it needs named entries. Set each entry under its own name, such as Dialogs:Commands:<name>." },
        { "Pii:Profile", "7", "Pii:Profile is '7', which is not a valid value. Use one of: DeskAid, General." },
    };

    [Theory]
    [MemberData(nameof(InvalidSettings))]
    public async Task Check_InvalidSetting_ReturnsOneLine(string key, string value, string expected)
    {
        var lines = await FindInvalidSettingsAsync($"--{key}={value}");

        Assert.Equal([expected], lines);
    }

    [Theory]
    [MemberData(nameof(InvalidListItems))]
    public async Task Check_InvalidListItem_ReturnsOneLine(string key, string value, string expected)
    {
        var lines = await FindInvalidSettingsAsync($"--{key}={value}");

        Assert.Equal([expected], lines);
    }

    [Fact]
    public async Task Check_BadItemAmongValid_NamesOnlyIt()
    {
        var lines = await FindInvalidSettingsAsync(
            "--FollowUp:WorkingDays:0=Monday", "--FollowUp:WorkingDays:1=Mondy", "--FollowUp:WorkingDays:2=Friday",
            "--FollowUp:Supervisors:0:ChannelId=msteams", "--FollowUp:Supervisors:0:UserId=29:example-supervisor-id",
            "--FollowUp:Supervisors:1=29:example-other-id");

        // Lines follow the order of the section's keys, which configuration sorts.
        Assert.Equal(
            [
                "FollowUp:Supervisors:1 is '29:example-other-id', but it needs the keys ChannelId, UserId below it, such as FollowUp:Supervisors:1:ChannelId.",
                $"FollowUp:WorkingDays:1 is 'Mondy', which is not a valid value. {WorkingDays}",
            ],
            lines);
    }

    [Fact]
    public async Task Check_ValidListItems_ReturnsNoLine()
    {
        var lines = await FindInvalidSettingsAsync(
            "--FollowUp:WorkingDays:0=monday", "--FollowUp:WorkingDays:1=5",
            "--FollowUp:Admins:0:ChannelId=webchat", "--FollowUp:Admins:0:UserId=dl_example-admin-id",
            "--WebChat:AllowedOrigins:0=https://partner.example.org", "--WebChat:AllowedOrigins:1=",
            "--Dialogs:Commands:help:0=assist", "--Pii:AllowList:0=Example Clinic");

        Assert.Empty(lines);
    }

    [Fact]
    public async Task Check_SeveralSections_ReturnsLineEach()
    {
        var lines = await FindInvalidSettingsAsync("--WebChat:TokenRequestsPerMinute=0", "--Pii:Mode=Cloud", "--Storage:ConversationRetention=00:00:05");

        Assert.Equal(
            [
                $"Storage:ConversationRetention is 00:00:05, which is outside the allowed range. Set a duration from 00:01:00 to 365.00:00:00, {TimeSpanFormat}.",
                "Pii:Mode is 'Cloud', which is not a valid value. Use one of: Local, Azure, Both.",
                "WebChat:TokenRequestsPerMinute is 0, which is outside the allowed range. Set a value from 1 to 10000.",
            ],
            lines);
    }

    [Fact]
    public async Task Check_AppIdWithoutCredentials_ReturnsLinePerSetting()
    {
        var lines = await FindInvalidSettingsAsync("--BotFramework:MicrosoftAppId=not-a-guid");

        Assert.Equal(
            [
                "BotFramework:MicrosoftAppId is 'not-a-guid', which is not a GUID. Set the Azure Bot's app (client) id, or leave it empty for anonymous mode.",
                "BotFramework:MicrosoftAppTenantId is missing or not a GUID; a SingleTenant bot needs the Entra ID tenant id of its app registration.",
                "BotFramework:MicrosoftAppPassword is missing; a SingleTenant bot needs the client secret or BotFramework:MicrosoftAppCertificatePath or BotFramework:MicrosoftAppCertificateThumbprint.",
            ],
            lines);
    }

    [Fact]
    public async Task Check_AzureTimeoutNearBotTimeout_NamesBothSettings()
    {
        var lines = await FindInvalidSettingsAsync(
            "--Pii:Mode=Azure", "--Pii:Azure:Endpoint=http://127.0.0.1:9", "--Pii:Azure:Key=test-key", "--Pii:Azure:TotalTimeout=00:00:15");

        Assert.Equal(
            [
                "Pii:Azure:TotalTimeout is 00:00:15, but DirectLine:BotTimeout is 00:00:15. A turn must have 5 seconds left after Azure gives up, "
                    + "so set Pii:Azure:TotalTimeout to 00:00:10 or less, or raise DirectLine:BotTimeout.",
            ],
            lines);
    }

    [Theory]
    [InlineData("Local", "00:00:15")]
    [InlineData("Azure", "00:00:10")]
    [InlineData("Both", "00:00:08")]
    public async Task Check_AzureTimeoutWithinBotTimeout_ReturnsNoLine(string mode, string totalTimeout)
    {
        var lines = await FindInvalidSettingsAsync(
            $"--Pii:Mode={mode}", "--Pii:Azure:Endpoint=http://127.0.0.1:9", "--Pii:Azure:Key=test-key", $"--Pii:Azure:TotalTimeout={totalTimeout}");

        Assert.Empty(lines);
    }

    [Fact]
    public async Task Check_UnknownRecognizer_NamesEntryAndKnownNames()
    {
        var lines = await FindInvalidSettingsAsync("--Pii:DisabledRecognizers:0=PersonRecognizer", "--Pii:DisabledRecognizers:1=Nope");

        var line = Assert.Single(lines);
        Assert.StartsWith("Pii:DisabledRecognizers:1 is 'Nope', which is not a recognizer name. Use one of: AbaRoutingNumberRecognizer, ", line, StringComparison.Ordinal);
        Assert.Contains(", PersonRecognizer, ", line, StringComparison.Ordinal);
        Assert.EndsWith("Recognizer.", line, StringComparison.Ordinal);
    }

    // Only the addresses are parsed here: the host is built but not started, so nothing binds them.
    [Theory]
    [InlineData("urls", "http://localhost:0;https://[::1]:0")]
    [InlineData("urls", "HTTP://127.0.0.1")]
    [InlineData("Kestrel:Endpoints:Web:Url", "http://*:0")]
    [InlineData("Kestrel:Endpoints:Web:Url", "http://helpbot.example.org:3978")]
    [InlineData("Kestrel:Endpoints:Web:Url", "http://unix:/tmp/helpbot.sock")]
    public async Task Check_ValidListenAddress_ReturnsNoLine(string key, string value)
    {
        var lines = await FindInvalidSettingsAsync($"--{key}={value}");

        Assert.Empty(lines);
    }

    [Fact]
    public async Task Check_ValidSetting_ReturnsNoLineAndBindsIt()
    {
        using var contentRoot = new TemporaryDirectory();
        await using var app = BuildHost(contentRoot.Path, "--Storage:ConversationRetention=2.00:00:00");

        var lines = app.Services.GetRequiredService<SettingsCheck>().FindInvalidSettings(app.Services);

        Assert.Empty(lines);
        Assert.Equal(TimeSpan.FromDays(2), app.Services.GetRequiredService<IOptions<StorageOptions>>().Value.ConversationRetention);
    }

    [Fact]
    public async Task Process_CommandLineSetting_ExitsWithLines()
    {
        using var contentRoot = new TemporaryDirectory();
        using var bot = BotProcess.Start(contentRoot.Path, ["--Storage:ConversationRetention=abc", "--FollowUp:PeakReplyWorkingDays=99"]);

        var exitCode = await bot.WaitForExitAsync();

        Assert.Equal(SettingsCheck.InvalidSettingsExitCode, exitCode);
        Assert.Equal(
            [
                $"Storage:ConversationRetention is 'abc', which is not a valid duration. Set a duration {TimeSpanFormat}, such as 00:30:00 for 30 minutes.",
                "FollowUp:PeakReplyWorkingDays is 99, which is outside the allowed range. Set a value from 0 to 60.",
            ],
            bot.ErrorLines);
        Assert.DoesNotContain("Exception", bot.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("HelpBot web chat:", bot.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Process_InvalidKestrelEndpoint_ExitsWithLine()
    {
        using var contentRoot = new TemporaryDirectory();
        using var bot = BotProcess.Start(contentRoot.Path, ["--Kestrel:Endpoints:Web:Url=localhost:3978"]);

        var exitCode = await bot.WaitForExitAsync();

        Assert.Equal(SettingsCheck.InvalidSettingsExitCode, exitCode);
        Assert.Equal([$"Kestrel:Endpoints:Web:Url is 'localhost:3978', which is not a valid listening address. {ListenAddressExample}"], bot.ErrorLines);
        Assert.DoesNotContain("Exception", bot.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("HelpBot web chat:", bot.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Process_BadListItem_ExitsWithLine()
    {
        using var contentRoot = new TemporaryDirectory();
        await File.WriteAllTextAsync(Path.Combine(contentRoot.Path, "appsettings.json"), """{ "FollowUp": { "WorkingDays": [ "Monday", "Tusday" ] } }""");
        using var bot = BotProcess.Start(contentRoot.Path, []);

        var exitCode = await bot.WaitForExitAsync();

        Assert.Equal(SettingsCheck.InvalidSettingsExitCode, exitCode);
        Assert.Equal([$"FollowUp:WorkingDays:1 is 'Tusday', which is not a valid value. {WorkingDays}"], bot.ErrorLines);
        Assert.DoesNotContain("Exception", bot.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("HelpBot web chat:", bot.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Process_EnvironmentVariable_ExitsWithLine()
    {
        using var contentRoot = new TemporaryDirectory();
        using var bot = BotProcess.Start(contentRoot.Path, [], new Dictionary<string, string> { ["Pii__Mode"] = "Cloud" });

        var exitCode = await bot.WaitForExitAsync();

        Assert.Equal(SettingsCheck.InvalidSettingsExitCode, exitCode);
        Assert.Equal(["Pii:Mode is 'Cloud', which is not a valid value. Use one of: Local, Azure, Both."], bot.ErrorLines);
    }

    [Fact]
    public async Task Process_AppSettingsFile_ExitsWithLine()
    {
        using var contentRoot = new TemporaryDirectory();
        await File.WriteAllTextAsync(Path.Combine(contentRoot.Path, "appsettings.json"), """{ "WebChat": { "UserCredentialLifetime": "00:10:00" } }""");
        using var bot = BotProcess.Start(contentRoot.Path, []);

        var exitCode = await bot.WaitForExitAsync();

        Assert.Equal(SettingsCheck.InvalidSettingsExitCode, exitCode);
        Assert.Equal(
            [$"WebChat:UserCredentialLifetime is 00:10:00, which is outside the allowed range. Set a duration from 01:00:00 to 3650.00:00:00, {TimeSpanFormat}."],
            bot.ErrorLines);
    }

    [Fact]
    public async Task Process_ValidSetting_StartsOnLoopback()
    {
        using var contentRoot = new TemporaryDirectory();
        using var bot = BotProcess.Start(contentRoot.Path, ["--Storage:ConversationRetention=2.00:00:00"]);

        var page = await bot.WaitForPageAddressAsync();
        using var client = new HttpClient();
        using var health = await client.GetAsync(new Uri(new Uri(page), "/healthz"));

        Assert.StartsWith("http://127.0.0.1:", page, StringComparison.Ordinal);
        Assert.Equal(System.Net.HttpStatusCode.OK, health.StatusCode);
        Assert.Empty(bot.ErrorLines);
    }

    private static string NotSingleValue(string key, string childName) =>
        $"{key} contains {key}:{childName}, but it needs a single value. Set {key} itself instead of keys below it.";

    private static async Task<IReadOnlyList<string>> FindInvalidSettingsAsync(params string[] arguments)
    {
        using var contentRoot = new TemporaryDirectory();
        await using var app = BuildHost(contentRoot.Path, arguments);
        return app.Services.GetRequiredService<SettingsCheck>().FindInvalidSettings(app.Services);
    }

    // The command line comes after the memory storage default, so a case can set Storage:Provider.
    private static WebApplication BuildHost(string contentRoot, params string[] arguments)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            Args = ["--Storage:Provider=Memory", "--urls=http://127.0.0.1:0", .. arguments],
            ContentRootPath = contentRoot,
            EnvironmentName = "Testing",
        });
        builder.AddHelpBotHost();
        return builder.Build();
    }
}
