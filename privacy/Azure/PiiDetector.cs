using HelpBot.Privacy.Analysis;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Polly.Timeout;

namespace HelpBot.Privacy.Azure;

/// <summary>
/// Default <see cref="IPiiDetector"/>. Azure findings pass the same score threshold, allow list and
/// non-PII filter (case numbers, error codes, web addresses) as local ones. Any Azure failure (network
/// error, time-out, rejected request, failed Entra ID sign-in, invalid body, a document error or a
/// DocumentTruncated warning) falls back to the local findings. In Azure mode the local findings of the
/// categories that Azure does not detect (Medicaid IDs, immigration status, health information and the
/// other details HelpBot defines) are kept beside Azure's findings.
/// </summary>
public sealed class PiiDetector(
    PiiAnalyzer analyzer,
    AzurePiiClient azureClient,
    IOptions<PiiOptions> options,
    ILogger<PiiDetector> logger) : IPiiDetector
{
    private const string DocumentTruncatedWarning = "DocumentTruncated";

    private readonly PiiMode _mode = options.Value.Mode;
    private readonly string _apiVersion = options.Value.Azure.ApiVersion;

    /// <inheritdoc/>
    public async Task<PiiDetectionResult> DetectAsync(string text, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(text);
        return (await DetectManyAsync([text], cancellationToken).ConfigureAwait(false))[0];
    }

    /// <inheritdoc/>
    public async Task<IReadOnlyList<PiiDetectionResult>> DetectManyAsync(IReadOnlyList<string> texts, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(texts);
        if (texts.Any(text => text is null))
        {
            throw new ArgumentException("The texts must not contain null.", nameof(texts));
        }

        var local = texts.Select(analyzer.Analyze).ToList();
        if (_mode == PiiMode.Local || texts.All(t => t.Length == 0))
        {
            return [.. local.Select(findings => new PiiDetectionResult(findings, _mode))];
        }

        var (remote, failure) = await TryAzureAsync(texts, cancellationToken).ConfigureAwait(false);
        if (remote is null)
        {
            logger.AzureFallback(texts.Sum(t => t.Length), failure!);
            return [.. local.Select(findings => new PiiDetectionResult(findings, _mode, RemoteUnavailable: true, RemoteFailure: failure))];
        }

        return [.. texts.Select((text, i) => Combine(text, local[i], remote[i]))];
    }

    private PiiDetectionResult Combine(string text, IReadOnlyList<PiiFinding> local, AzurePiiAnalysis remote)
    {
        // A document error or a truncated document leaves part of the text unchecked by Azure.
        var uncheckedCodes = remote.ErrorCodes.Concat(remote.WarningCodes.Where(c => c == DocumentTruncatedWarning)).Distinct().ToList();
        var remoteFindings = analyzer.FilterExternal(text, remote.Findings);
        var localFindings = _mode == PiiMode.Both || uncheckedCodes.Count > 0 ? local : NotDetectedByAzure(local);
        var findings = Union(localFindings, remoteFindings);
        if (uncheckedCodes.Count > 0)
        {
            var reason = $"Azure could not check part of the text ({string.Join(", ", uncheckedCodes)}).";
            logger.AzureFallback(text.Length, reason);
            return new PiiDetectionResult(findings, _mode, true, reason, remote.WarningCodes);
        }

        return new PiiDetectionResult(findings, _mode, RemoteWarnings: remote.WarningCodes);
    }

    private async Task<(IReadOnlyList<AzurePiiAnalysis>? Analyses, string? Failure)> TryAzureAsync(
        IReadOnlyList<string> texts, CancellationToken cancellationToken)
    {
        try
        {
            return (await azureClient.AnalyzeAsync(texts, cancellationToken).ConfigureAwait(false), null);
        }
        catch (AzurePiiException exception)
        {
            return (null, $"Azure rejected the request: {exception.Message}");
        }
        catch (HttpRequestException exception)
        {
            return (null, $"Azure could not be reached: {exception.HttpRequestError}.");
        }
        catch (TimeoutRejectedException)
        {
            return (null, "Azure timed out.");
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return (null, "Azure timed out.");
        }
    }

    private List<PiiFinding> NotDetectedByAzure(IReadOnlyList<PiiFinding> local) =>
        [.. local.Where(finding => !AzureCategoryMap.IsDetectedByAzure(finding.Category, _apiVersion))];

    private static List<PiiFinding> Union(IReadOnlyList<PiiFinding> local, IReadOnlyList<PiiFinding> remote)
    {
        var all = local.Concat(remote)
            .DistinctBy(f => (f.Category, f.Offset, f.Length))
            .OrderBy(f => f.Offset)
            .ThenByDescending(f => f.Length)
            .ToList();
        return all;
    }
}
