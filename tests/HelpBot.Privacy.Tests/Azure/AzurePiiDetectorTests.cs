using System.Diagnostics;
using HelpBot.Privacy.Azure;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace HelpBot.Privacy.Tests.Azure;

// Every test talks to MockLanguageService on 127.0.0.1; no request leaves the machine.
public sealed class AzurePiiDetectorTests
{
    private const string Message = "Client is Dana Testperson, her SSN is 078-05-1120, case 1B00000.";

    [Fact]
    public async Task DetectAsync_AzureMode_SendsDocumentedRequest()
    {
        await using var mock = await MockLanguageService.StartAsync();
        await using var provider = CreateProvider(mock, PiiMode.Azure);

        await provider.GetRequiredService<IPiiDetector>().DetectAsync(Message, CancellationToken.None);

        var request = Assert.Single(mock.Requests);
        Assert.Equal("/language/:analyze-text?api-version=2025-11-01", request.PathAndQuery);
        Assert.Equal("test-key", request.Key);
        Assert.Equal("PiiEntityRecognition", request.Json.GetProperty("kind").GetString());
        var parameters = request.Json.GetProperty("parameters");
        Assert.Equal("phi", parameters.GetProperty("domain").GetString());
        Assert.Equal("Utf16CodeUnit", parameters.GetProperty("stringIndexType").GetString());
        Assert.True(parameters.GetProperty("loggingOptOut").GetBoolean());
        var document = Assert.Single(request.Json.GetProperty("analysisInput").GetProperty("documents").EnumerateArray());
        Assert.Equal("en", document.GetProperty("language").GetString());
        Assert.Equal(Message, document.GetProperty("text").GetString());
    }

    [Fact]
    public async Task DetectMany_AzureMode_SendsOneRequest()
    {
        await using var mock = await MockLanguageService.StartAsync();
        mock.Entities.Add(("dana.testperson@example.org", "Email"));
        await using var provider = CreateProvider(mock, PiiMode.Azure);
        string[] texts = ["The page spins after login.", "", "Reply to dana.testperson@example.org please."];

        var results = await provider.GetRequiredService<IPiiDetector>().DetectManyAsync(texts, CancellationToken.None);

        var request = Assert.Single(mock.Requests);
        var documents = request.Json.GetProperty("analysisInput").GetProperty("documents").EnumerateArray().ToList();
        Assert.Equal([texts[0], texts[2]], documents.Select(d => d.GetProperty("text").GetString()));
        Assert.Equal(3, results.Count);
        Assert.Empty(results[0].Findings);
        Assert.Empty(results[1].Findings);
        var finding = Assert.Single(results[2].Findings);
        Assert.Equal("dana.testperson@example.org", texts[2].Substring(finding.Offset, finding.Length));
    }

    [Fact]
    public async Task DetectMany_DocumentError_FallsBackForThatText()
    {
        await using var mock = await MockLanguageService.StartAsync();
        mock.FailingDocumentIds.Add("1");
        await using var provider = CreateProvider(mock, PiiMode.Azure);
        string[] texts = ["The page spins after login.", Message];

        var results = await provider.GetRequiredService<IPiiDetector>().DetectManyAsync(texts, CancellationToken.None);

        Assert.False(results[0].RemoteUnavailable);
        Assert.True(results[1].RemoteUnavailable);
        Assert.Contains(results[1].Findings, f => f.Category == PiiCategories.USSocialSecurityNumber);
    }

    [Fact]
    public async Task DetectMany_ServerError_FallsBackForAll()
    {
        await using var mock = await MockLanguageService.StartAsync();
        mock.AlwaysFailWith = 500;
        await using var provider = CreateProvider(mock, PiiMode.Azure);

        var results = await provider.GetRequiredService<IPiiDetector>().DetectManyAsync(["The page spins.", Message], CancellationToken.None);

        Assert.All(results, r => Assert.True(r.RemoteUnavailable));
        Assert.Contains(results[1].Findings, f => f.Category == PiiCategories.USSocialSecurityNumber);
    }

    [Fact]
    public async Task DetectAsync_LocalMode_SendsNoText()
    {
        await using var mock = await MockLanguageService.StartAsync();
        await using var provider = CreateProvider(mock, PiiMode.Local);

        var result = await provider.GetRequiredService<IPiiDetector>().DetectAsync(Message, CancellationToken.None);

        Assert.Empty(mock.Requests);
        Assert.Contains(result.Findings, f => f.Category == PiiCategories.USSocialSecurityNumber);
    }

    [Fact]
    public async Task DetectAsync_AzureMode_MapsCategoriesAndFiltersNonPii()
    {
        await using var mock = await MockLanguageService.StartAsync();
        mock.Entities.Add(("Dana Testperson", "Person"));
        mock.Entities.Add(("1B00000", "USBankAccountNumber"));
        mock.Entities.Add(("case", "PersonType"));
        await using var provider = CreateProvider(mock, PiiMode.Azure);

        var result = await provider.GetRequiredService<IPiiDetector>().DetectAsync(Message, CancellationToken.None);

        var finding = Assert.Single(result.Findings);
        Assert.Equal(PiiCategories.Person, finding.Category);
        Assert.Equal("Dana Testperson", Message.Substring(finding.Offset, finding.Length));
        Assert.False(result.RemoteUnavailable);
    }

    [Theory]
    [InlineData(PiiProfile.DeskAid, null)]
    [InlineData(PiiProfile.General, PiiCategories.Organization)]
    public async Task DetectAsync_AzureOrganization_KeptOnlyByGeneralProfile(PiiProfile profile, string? expected)
    {
        const string text = "The client works at Example Widgets Inc. and PEAK fails.";
        await using var mock = await MockLanguageService.StartAsync();
        mock.Entities.Add(("Example Widgets Inc.", "Organization"));
        await using var provider = CreateProvider(mock.Endpoint, PiiMode.Azure, profile: profile);

        var result = await provider.GetRequiredService<IPiiDetector>().DetectAsync(text, CancellationToken.None);

        Assert.Equal(expected, result.Findings.SingleOrDefault()?.Category);
    }

    [Fact]
    public async Task DetectAsync_MedicareCategory_MapsToMedicareBeneficiaryId()
    {
        await using var mock = await MockLanguageService.StartAsync();
        mock.Entities.Add(("1EG4-TE5-MK73", "USMedicareBeneficiaryId"));
        await using var provider = CreateProvider(mock, PiiMode.Azure);

        var result = await provider.GetRequiredService<IPiiDetector>().DetectAsync("MBI 1EG4-TE5-MK73", CancellationToken.None);

        Assert.Equal([PiiCategories.MedicareBeneficiaryId], result.Findings.Select(f => f.Category));
    }

    // Azure has no category for these, so Azure mode keeps the local findings of them.
    [Theory]
    [InlineData("Medicaid ID A123456 does not show on the account.", PiiCategories.MedicaidId)]
    [InlineData("Her password is Sunshine-2024! and it fails.", PiiCategories.Password)]
    [InlineData("The client is undocumented and applying for her son.", PiiCategories.ImmigrationStatus)]
    public async Task DetectAsync_AzureModeCategoryAzureLacks_KeepsLocalFinding(string text, string category)
    {
        await using var mock = await MockLanguageService.StartAsync();
        await using var provider = CreateProvider(mock, PiiMode.Azure);

        var result = await provider.GetRequiredService<IPiiDetector>().DetectAsync(text, CancellationToken.None);

        Assert.Single(mock.Requests);
        Assert.Equal([category], result.Findings.Select(f => f.Category));
        Assert.False(result.RemoteUnavailable);
    }

    [Theory]
    [InlineData("2025-11-01", false)]
    [InlineData("2026-05-01", true)]
    public void IsDetectedByAzure_Password_DependsOnApiVersion(string apiVersion, bool expected)
    {
        Assert.Equal(expected, AzureCategoryMap.IsDetectedByAzure(PiiCategories.Password, apiVersion));
        Assert.True(AzureCategoryMap.IsDetectedByAzure(PiiCategories.USSocialSecurityNumber, apiVersion));
        Assert.False(AzureCategoryMap.IsDetectedByAzure(PiiCategories.HealthInformation, apiVersion));
    }

    [Fact]
    public async Task DetectAsync_BothMode_ReturnsUnion()
    {
        await using var mock = await MockLanguageService.StartAsync();
        mock.Entities.Add(("Testperson", "Person"));
        await using var provider = CreateProvider(mock, PiiMode.Both);

        var result = await provider.GetRequiredService<IPiiDetector>().DetectAsync(Message, CancellationToken.None);

        Assert.Contains(result.Findings, f => f.Category == PiiCategories.USSocialSecurityNumber);
        Assert.Contains(result.Findings, f => f.Explanation.RecognizerName == "AzureAILanguage");
    }

    [Fact]
    public async Task DetectAsync_LongText_SplitsMapsAndDeduplicates()
    {
        await using var mock = await MockLanguageService.StartAsync();
        mock.Entities.Add(("Dana Testperson", "Person"));
        var filler = string.Concat(Enumerable.Repeat("The renewal page spins again. ", 170));
        var text = filler + "Client is Dana Testperson. " + filler + filler + filler + filler + filler + filler;
        await using var provider = CreateProvider(mock, PiiMode.Azure);

        var result = await provider.GetRequiredService<IPiiDetector>().DetectAsync(text, CancellationToken.None);

        var finding = Assert.Single(result.Findings);
        Assert.Equal(text.IndexOf("Dana Testperson", StringComparison.Ordinal), finding.Offset);
        Assert.Equal("Dana Testperson".Length, finding.Length);
        var documentsPerRequest = mock.Requests.Select(r => r.Json.GetProperty("analysisInput").GetProperty("documents").GetArrayLength()).ToList();
        Assert.True(documentsPerRequest.Count >= 2, $"{documentsPerRequest.Count} requests");
        Assert.All(documentsPerRequest, count => Assert.InRange(count, 1, 5));
        Assert.All(
            mock.Requests.SelectMany(r => r.Json.GetProperty("analysisInput").GetProperty("documents").EnumerateArray()),
            d => Assert.InRange(d.GetProperty("text").GetString()!.Length, 1, 5120));
    }

    [Fact]
    public async Task DetectAsync_EntityOnDocumentBoundary_IsFoundWhole()
    {
        await using var mock = await MockLanguageService.StartAsync();
        mock.Entities.Add(("dana.testperson@example.org", "Email"));
        var text = new string('x', 4990) + " dana.testperson@example.org is hers.";
        await using var provider = CreateProvider(mock, PiiMode.Azure);

        var result = await provider.GetRequiredService<IPiiDetector>().DetectAsync(text, CancellationToken.None);

        var finding = Assert.Single(result.Findings);
        Assert.Equal("dana.testperson@example.org", text.Substring(finding.Offset, finding.Length));
    }

    [Fact]
    public async Task DetectAsync_DocumentErrorAndWarning_ReportsFallback()
    {
        await using var mock = await MockLanguageService.StartAsync();
        mock.FailingDocumentIds.Add("0");
        mock.WarningCode = "LongWordsInDocument";
        var text = Message + " " + string.Concat(Enumerable.Repeat("The page spins. ", 400));
        await using var provider = CreateProvider(mock, PiiMode.Azure);

        var result = await provider.GetRequiredService<IPiiDetector>().DetectAsync(text, CancellationToken.None);

        Assert.True(result.RemoteUnavailable);
        Assert.Contains("InvalidArgument", result.RemoteFailure, StringComparison.Ordinal);
        Assert.Contains("LongWordsInDocument", result.RemoteWarnings!);
        Assert.Contains(result.Findings, f => f.Category == PiiCategories.USSocialSecurityNumber);
    }

    [Fact]
    public async Task DetectAsync_DocumentTruncated_AddsLocalFindings()
    {
        await using var mock = await MockLanguageService.StartAsync();
        mock.WarningCode = "DocumentTruncated";
        await using var provider = CreateProvider(mock, PiiMode.Azure);

        var result = await provider.GetRequiredService<IPiiDetector>().DetectAsync(Message, CancellationToken.None);

        Assert.True(result.RemoteUnavailable);
        Assert.Contains("DocumentTruncated", result.RemoteFailure, StringComparison.Ordinal);
        Assert.Contains(result.Findings, f => f.Category == PiiCategories.USSocialSecurityNumber);
    }

    [Fact]
    public async Task DetectAsync_LongWordsWarning_IsNoFallback()
    {
        await using var mock = await MockLanguageService.StartAsync();
        mock.WarningCode = "LongWordsInDocument";
        await using var provider = CreateProvider(mock, PiiMode.Azure);

        var result = await provider.GetRequiredService<IPiiDetector>().DetectAsync(Message, CancellationToken.None);

        Assert.False(result.RemoteUnavailable);
        Assert.Contains("LongWordsInDocument", result.RemoteWarnings!);
    }

    [Fact]
    public async Task DetectAsync_TooManyRequestsThenSuccess_RetriesAfterDelay()
    {
        await using var mock = await MockLanguageService.StartAsync();
        mock.FailNext(429, retryAfter: "1");
        mock.Entities.Add(("Dana Testperson", "Person"));
        await using var provider = CreateProvider(mock, PiiMode.Azure);
        var started = TimeProvider.System.GetTimestamp();

        var result = await provider.GetRequiredService<IPiiDetector>().DetectAsync(Message, CancellationToken.None);

        Assert.Equal(2, mock.Requests.Count);
        Assert.False(result.RemoteUnavailable);
        Assert.Contains(result.Findings, f => f.Category == PiiCategories.Person);
        Assert.True(TimeProvider.System.GetElapsedTime(started) >= TimeSpan.FromMilliseconds(900), "Retry-After was not honoured");
    }

    [Fact]
    public async Task DetectAsync_ServerErrors_FallsBackToLocal()
    {
        await using var mock = await MockLanguageService.StartAsync();
        mock.AlwaysFailWith = 503;
        await using var provider = CreateProvider(mock, PiiMode.Azure);

        var result = await provider.GetRequiredService<IPiiDetector>().DetectAsync(Message, CancellationToken.None);

        Assert.True(result.RemoteUnavailable);
        Assert.Contains("503", result.RemoteFailure, StringComparison.Ordinal);
        Assert.Equal(3, mock.Requests.Count);
        Assert.Contains(result.Findings, f => f.Category == PiiCategories.USSocialSecurityNumber);
    }

    [Fact]
    public async Task DetectAsync_HangingService_FallsBackAfterTotalTimeout()
    {
        await using var mock = await MockLanguageService.StartAsync();
        mock.Hang = true;
        await using var provider = CreateProvider(mock.Endpoint, PiiMode.Azure, totalTimeout: "00:00:01");
        var started = Stopwatch.GetTimestamp();

        var result = await provider.GetRequiredService<IPiiDetector>().DetectAsync(Message, CancellationToken.None);

        Assert.True(result.RemoteUnavailable);
        Assert.Equal("Azure timed out.", result.RemoteFailure);
        Assert.Contains(result.Findings, f => f.Category == PiiCategories.USSocialSecurityNumber);
        Assert.InRange(Stopwatch.GetElapsedTime(started), TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(10));
    }

    [Fact]
    public void Options_DefaultTotalTimeout_LeavesTimeWithinFifteenSeconds()
    {
        Assert.Equal(TimeSpan.FromSeconds(8), new AzurePiiOptions().TotalTimeout);
    }

    [Fact]
    public async Task DetectAsync_UnreachableEndpoint_FallsBackToLocal()
    {
        string endpoint;
        await using (var mock = await MockLanguageService.StartAsync())
        {
            endpoint = mock.Endpoint;
        }

        await using var provider = CreateProvider(endpoint, PiiMode.Azure);

        var result = await provider.GetRequiredService<IPiiDetector>().DetectAsync(Message, CancellationToken.None);

        Assert.True(result.RemoteUnavailable);
        Assert.NotEmpty(result.Findings);
    }

    [Fact]
    public async Task DetectAsync_TokenSource_SendsBearerToken()
    {
        await using var mock = await MockLanguageService.StartAsync();
        await using var provider = CreateProvider(mock.Endpoint, PiiMode.Azure, services =>
            services.AddSingleton<IAzureAccessTokenSource>(new FixedTokenSource("test-token")));

        await provider.GetRequiredService<IPiiDetector>().DetectAsync(Message, CancellationToken.None);

        var request = Assert.Single(mock.Requests);
        Assert.Equal("Bearer test-token", request.Authorization);
        Assert.Equal("", request.Key);
    }

    [Theory]
    [InlineData(PiiMode.Azure, null, false)]
    [InlineData(PiiMode.Both, "", false)]
    [InlineData(PiiMode.Azure, "not a url", false)]
    [InlineData(PiiMode.Azure, "http://language.example.org", false)]
    [InlineData(PiiMode.Azure, "https://my-resource.cognitiveservices.azure.com", true)]
    [InlineData(PiiMode.Azure, "http://127.0.0.1:5000", true)]
    [InlineData(PiiMode.Local, null, true)]
    public void Options_ModeAndEndpoint_ValidatedAtStart(PiiMode mode, string? endpoint, bool valid)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Pii:Mode"] = mode.ToString(),
            ["Pii:Azure:Endpoint"] = endpoint,
            ["Pii:Azure:Key"] = "test-key",
        }).Build();
        using var provider = new ServiceCollection().AddHelpBotPrivacy(configuration).BuildServiceProvider();

        var exception = Record.Exception(() => provider.GetRequiredService<IOptions<PiiOptions>>().Value);

        Assert.Equal(valid, exception is null);
    }

    [Fact]
    public void Options_Default_IsLocalWithNoEndpoint()
    {
        var options = new PiiOptions();

        Assert.Equal(PiiMode.Local, options.Mode);
        Assert.Null(options.Azure.Endpoint);
    }

    private static ServiceProvider CreateProvider(MockLanguageService mock, PiiMode mode) => CreateProvider(mock.Endpoint, mode);

    private static ServiceProvider CreateProvider(
        string endpoint, PiiMode mode, Action<IServiceCollection>? configure = null, PiiProfile profile = PiiProfile.DeskAid, string totalTimeout = "00:00:20")
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Pii:Mode"] = mode.ToString(),
            ["Pii:Profile"] = profile.ToString(),
            ["Pii:Azure:Endpoint"] = endpoint,
            ["Pii:Azure:Key"] = configure is null ? "test-key" : null,
            ["Pii:Azure:MaxRetries"] = "2",
            ["Pii:Azure:RetryBaseDelay"] = "00:00:00.010",
            ["Pii:Azure:TotalTimeout"] = totalTimeout,
        }).Build();
        var services = new ServiceCollection().AddHelpBotPrivacy(configuration);
        configure?.Invoke(services);
        return services.BuildServiceProvider();
    }

    private sealed class FixedTokenSource(string token) : IAzureAccessTokenSource
    {
        public ValueTask<string> GetTokenAsync(CancellationToken cancellationToken) => ValueTask.FromResult(token);
    }
}
