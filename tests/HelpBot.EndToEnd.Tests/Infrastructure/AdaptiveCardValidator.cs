using System.Diagnostics;
using System.Text.Json;

namespace HelpBot.EndToEnd.Tests.Infrastructure;

/// <summary>Validates card JSON with the official adaptivecards 3.0.6 renderer (tests/clients/validate-card.js).</summary>
internal static class AdaptiveCardValidator
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(20);

    /// <summary>Returns the renderer's parse and validation messages; an empty list means the card is valid.</summary>
    public static async Task<IReadOnlyList<string>> ValidateAsync(JsonElement card)
    {
        var startInfo = new ProcessStartInfo("node")
        {
            WorkingDirectory = RepositoryPaths.ClientsDirectory,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        startInfo.ArgumentList.Add("validate-card.js");
        using var process = Process.Start(startInfo) ?? throw new InvalidOperationException("node did not start.");
        await process.StandardInput.WriteAsync(card.GetRawText());
        process.StandardInput.Close();
        using var timeout = new CancellationTokenSource(Timeout);
        var output = await process.StandardOutput.ReadToEndAsync(timeout.Token);
        await process.WaitForExitAsync(timeout.Token);
        if (process.ExitCode is not (0 or 1))
        {
            throw new InvalidOperationException($"validate-card.js failed with exit code {process.ExitCode}: {output}{await process.StandardError.ReadToEndAsync()}");
        }

        using var result = JsonDocument.Parse(output);
        return result.RootElement.GetProperty("events").EnumerateArray()
            .Select(e => $"{e.GetProperty("event").GetString()}: {e.GetProperty("message").GetString()}")
            .ToList();
    }
}
