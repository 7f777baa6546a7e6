using HelpBot.Privacy.Analysis;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Polly.Timeout;

namespace HelpBot.Privacy.Azure;

/// <summary>
/// Default <see cref="IPiiDetector"/>. Azure findings pass the same score threshold, allow list and
/// non-PII filter (case numbers, error codes, web addresses) as local ones. Any Azure failure (network
/// error, time-out, rejected request, failed Entra ID sign-in, invalid body, a document error or a
/// DocumentTruncated warning) falls back to the local findings.
/// </summary>
public sealed class PiiDetector(
    PiiAnalyzer analyzer,
    AzurePiiClient azureClient,
    IOptions<PiiOptions> options,
    ILogger<PiiDetector> logger) : IPiiDetector
{
    private const string DocumentTruncatedWarning = "DocumentTruncated";

    private readonly PiiMode _mode = options.Value.Mode;

    /// <inheritdoc/>
    public async Task<PiiDetectionResult> DetectAsync(string text, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(text);
        var local = analyzer.Analyze(text);
        if (_mode == PiiMode.Local || text.Length == 0)
        {
            return new PiiDetectionResult(local, _mode);
        }

        var (remote, failure) = await TryAzureAsync(text, cancellationToken).ConfigureAwait(false);
        if (remote is null)
        {
            logger.AzureFallback(text.Length, failure!);
            return new PiiDetectionResult(local, _mode, RemoteUnavailable: true, RemoteFailure: failure);
        }

        // A document error or a truncated document leaves part of the text unchecked by Azure.
        var uncheckedCodes = remote.ErrorCodes.Concat(remote.WarningCodes.Where(c => c == DocumentTruncatedWarning)).Distinct().ToList();
        var remoteFindings = analyzer.FilterExternal(text, remote.Findings);
        var findings = _mode == PiiMode.Both || uncheckedCodes.Count > 0 ? Union(local, remoteFindings) : remoteFindings;
        if (uncheckedCodes.Count > 0)
        {
            var reason = $"Azure could not check part of the text ({string.Join(", ", uncheckedCodes)}).";
            logger.AzureFallback(text.Length, reason);
            return new PiiDetectionResult(findings, _mode, true, reason, remote.WarningCodes);
        }

        return new PiiDetectionResult(findings, _mode, RemoteWarnings: remote.WarningCodes);
    }

    private async Task<(AzurePiiAnalysis? Analysis, string? Failure)> TryAzureAsync(string text, CancellationToken cancellationToken)
    {
        try
        {
            return (await azureClient.AnalyzeAsync(text, cancellationToken).ConfigureAwait(false), null);
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
