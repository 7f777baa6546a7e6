using System.Globalization;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace HelpBot.Privacy.Azure;

/// <summary>
/// Calls Azure AI Language PII entity recognition (POST {endpoint}/language/:analyze-text, kind
/// PiiEntityRecognition, domain phi, Utf16CodeUnit offsets, logging opted out). Long texts are split into
/// overlapping documents within the service's limits and sent at most five documents per request; the
/// findings are mapped back to offsets in the whole text. Retries and time-outs come from the resilience
/// handler registered with the HTTP client.
/// </summary>
public sealed class AzurePiiClient
{
    private readonly IHttpClientFactory _httpClientFactory;
    private readonly AzurePiiOptions _options;
    private readonly PiiProfile _profile;
    private readonly IAzureAccessTokenSource? _tokenSource;
    private readonly ILogger<AzurePiiClient> _logger;

    /// <summary>
    /// Creates the client. It sends through the named HTTP client registered by AddHelpBotPrivacy, which
    /// holds the resilience handler. The bearer token comes from the first of <paramref name="tokenSources"/>
    /// (a source the app registers), else from <paramref name="entra"/> when Pii:Azure:Entra is set; with
    /// neither, the resource key is sent.
    /// </summary>
    public AzurePiiClient(
        IHttpClientFactory httpClientFactory,
        IOptions<PiiOptions> options,
        IEnumerable<IAzureAccessTokenSource> tokenSources,
        EntraAccessTokenSource entra,
        ILogger<AzurePiiClient> logger)
    {
        ArgumentNullException.ThrowIfNull(httpClientFactory);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(tokenSources);
        ArgumentNullException.ThrowIfNull(entra);
        ArgumentNullException.ThrowIfNull(logger);
        _httpClientFactory = httpClientFactory;
        _options = options.Value.Azure;
        _profile = options.Value.Profile;
        _tokenSource = tokenSources.FirstOrDefault() ?? (_options.Entra.IsConfigured ? entra : null);
        _logger = logger;
    }

    /// <summary>Sends <paramref name="text"/> to the service and returns its findings, warnings and per-document errors.</summary>
    /// <exception cref="AzurePiiException">The service rejected a request or returned an invalid body.</exception>
    /// <exception cref="HttpRequestException">The service could not be reached, after the retries.</exception>
    public async Task<AzurePiiAnalysis> AnalyzeAsync(string text, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(text);
        return (await AnalyzeAsync([text], cancellationToken).ConfigureAwait(false))[0];
    }

    /// <summary>
    /// Analyzes several texts together: every text is split into documents within the service's limits,
    /// and the documents of all texts share as few requests as the limits allow. Returns one analysis per
    /// text, in order; an empty text gets an empty analysis and sends nothing.
    /// </summary>
    /// <exception cref="AzurePiiException">The service rejected a request or returned an invalid body.</exception>
    /// <exception cref="HttpRequestException">The service could not be reached, after the retries.</exception>
    public async Task<IReadOnlyList<AzurePiiAnalysis>> AnalyzeAsync(IReadOnlyList<string> texts, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(texts);
        var documents = new List<(int Text, TextChunk Chunk)>();
        for (var i = 0; i < texts.Count; i++)
        {
            ArgumentNullException.ThrowIfNull(texts[i], nameof(texts));
            if (texts[i].Length > 0)
            {
                documents.AddRange(TextChunker.Split(texts[i], _options.MaxDocumentLength, _options.OverlapLength).Select(c => (i, c)));
            }
        }

        var collector = new AzureResultCollector(documents, texts.Count, _profile);
        var chunks = documents.ConvertAll(d => d.Chunk);
        foreach (var batch in DocumentBatcher.Batch(chunks, _options))
        {
            var response = await SendAsync(batch, chunks, cancellationToken).ConfigureAwait(false);
            collector.Add(response);
        }

        var analyses = collector.ToAnalyses();
        if (_logger.IsEnabled(LogLevel.Debug))
        {
            _logger.AzureAnalysisCompleted(
                texts.Sum(t => t.Length),
                chunks.Count,
                analyses.Sum(a => a.Findings.Count),
                analyses.Sum(a => a.WarningCodes.Count),
                analyses.Sum(a => a.ErrorCodes.Count));
        }

        return analyses;
    }

    private async Task<PiiResults> SendAsync(IReadOnlyList<int> batch, List<TextChunk> chunks, CancellationToken cancellationToken)
    {
        var documents = batch.Select(i => new InputDocument(i.ToString(CultureInfo.InvariantCulture), _options.Language, chunks[i].Text)).ToList();
        var body = new AnalyzeTextRequest(
            AzurePiiConstants.TaskKind,
            new AnalysisInput(documents),
            new PiiTaskParameters(AzurePiiConstants.ModelVersion, _options.Domain, AzurePiiConstants.StringIndexType, LoggingOptOut: true));
        using var request = new HttpRequestMessage(HttpMethod.Post, RequestUri())
        {
            Content = JsonContent.Create(body, AzurePiiJsonContext.Default.AnalyzeTextRequest),
        };
        await AuthorizeAsync(request, cancellationToken).ConfigureAwait(false);

        var httpClient = _httpClientFactory.CreateClient(AzurePiiConstants.HttpClientName);
        using var response = await httpClient.SendAsync(request, cancellationToken).ConfigureAwait(false);
        if (!response.IsSuccessStatusCode)
        {
            throw new AzurePiiException(await DescribeFailureAsync(response, cancellationToken).ConfigureAwait(false));
        }

        return await ReadResultsAsync(response, cancellationToken).ConfigureAwait(false);
    }

    private Uri RequestUri()
    {
        var endpoint = _options.Endpoint?.TrimEnd('/') ?? throw new AzurePiiException("Pii:Azure:Endpoint is missing.");
        return new Uri($"{endpoint}/{AzurePiiConstants.Path}?api-version={Uri.EscapeDataString(_options.ApiVersion)}");
    }

    private async Task AuthorizeAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (_tokenSource is not null)
        {
            var token = await _tokenSource.GetTokenAsync(cancellationToken).ConfigureAwait(false);
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
            return;
        }

        if (!string.IsNullOrEmpty(_options.Key))
        {
            request.Headers.Add(AzurePiiConstants.KeyHeader, _options.Key);
        }
    }

    private static async Task<PiiResults> ReadResultsAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        try
        {
            var result = await response.Content.ReadFromJsonAsync(AzurePiiJsonContext.Default.AnalyzeTextResponse, cancellationToken)
                .ConfigureAwait(false);
            return result?.Results ?? throw new AzurePiiException("The analyze-text response has no results.");
        }
        catch (JsonException exception)
        {
            throw new AzurePiiException("The analyze-text response is not valid JSON of the documented shape.", exception);
        }
    }

    // Returns "HTTP 400 InvalidRequest" from the Azure error envelope, without the service's message text.
    private static async Task<string> DescribeFailureAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        string? code = null;
        try
        {
            var envelope = await response.Content.ReadFromJsonAsync(AzurePiiJsonContext.Default.ErrorEnvelope, cancellationToken)
                .ConfigureAwait(false);
            code = envelope?.Error?.Code;
        }
        catch (JsonException)
        {
            // The body is not an Azure error envelope; the status code alone describes the failure.
        }

        return $"HTTP {(int)response.StatusCode} {code ?? response.ReasonPhrase}".TrimEnd();
    }
}
