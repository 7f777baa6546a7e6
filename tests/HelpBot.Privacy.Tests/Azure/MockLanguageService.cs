using System.Collections.Concurrent;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace HelpBot.Privacy.Tests.Azure;

/// <summary>
/// A loopback stand-in for Azure AI Language: Kestrel on 127.0.0.1 with a port the system picks. It
/// answers POST /language/:analyze-text with the documented PII result shape, finding each configured
/// value in each document, and can queue failures (status codes with an optional Retry-After) and
/// per-document errors and warnings.
/// </summary>
internal sealed class MockLanguageService : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentQueue<(int Status, string? RetryAfter)> _failures = new();

    private MockLanguageService(WebApplication app) => _app = app;

    /// <summary>Values to report as entities: text to search for and the Azure category to report.</summary>
    public List<(string Value, string Category)> Entities { get; } = [];

    /// <summary>Document ids (as sent) to report under "errors" instead of "documents".</summary>
    public HashSet<string> FailingDocumentIds { get; } = [];

    /// <summary>Warning code added to every document result, or null for none.</summary>
    public string? WarningCode { get; set; }

    /// <summary>When set, every request gets this status code with an Azure error envelope.</summary>
    public int? AlwaysFailWith { get; set; }

    /// <summary>Request bodies and headers received, in order.</summary>
    public ConcurrentQueue<ReceivedRequest> Requests { get; } = new();

    /// <summary>Base address, such as http://127.0.0.1:40123.</summary>
    public string Endpoint { get; private set; } = "";

    public static async Task<MockLanguageService> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var service = new MockLanguageService(app);
        app.Run(service.HandleAsync);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        service.Endpoint = address;
        return service;
    }

    /// <summary>Queues one failure response before the next successes.</summary>
    // True to leave every request unanswered until the client gives up.
    public bool Hang { get; set; }

    public void FailNext(int status, string? retryAfter = null) => _failures.Enqueue((status, retryAfter));

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();

    private async Task HandleAsync(HttpContext context)
    {
        using var reader = new StreamReader(context.Request.Body);
        var body = await reader.ReadToEndAsync();
        Requests.Enqueue(new ReceivedRequest(
            context.Request.Path + context.Request.QueryString,
            body,
            context.Request.Headers["Ocp-Apim-Subscription-Key"].ToString(),
            context.Request.Headers.Authorization.ToString()));

        if (Hang)
        {
            await Task.Delay(Timeout.Infinite, context.RequestAborted).ContinueWith(_ => { }, TaskScheduler.Default);
            return;
        }

        if (AlwaysFailWith is { } always)
        {
            await WriteErrorAsync(context, always, null);
            return;
        }

        if (_failures.TryDequeue(out var failure))
        {
            await WriteErrorAsync(context, failure.Status, failure.RetryAfter);
            return;
        }

        context.Response.ContentType = "application/json";
        await context.Response.WriteAsync(BuildResult(JsonNode.Parse(body)!).ToJsonString());
    }

    private static async Task WriteErrorAsync(HttpContext context, int status, string? retryAfter)
    {
        context.Response.StatusCode = status;
        if (retryAfter is not null)
        {
            context.Response.Headers.RetryAfter = retryAfter;
        }

        context.Response.ContentType = "application/json";
        await context.Response.WriteAsync("""{"error":{"code":"TooManyRequests","message":"Mock failure."}}""");
    }

    private JsonObject BuildResult(JsonNode request)
    {
        var documents = new JsonArray();
        var errors = new JsonArray();
        foreach (var document in request["analysisInput"]!["documents"]!.AsArray())
        {
            var id = document!["id"]!.GetValue<string>();
            if (FailingDocumentIds.Contains(id))
            {
                errors.Add(new JsonObject { ["id"] = id, ["error"] = new JsonObject { ["code"] = "InvalidArgument", ["message"] = "Document text is too long." } });
                continue;
            }

            documents.Add(BuildDocument(id, document["text"]!.GetValue<string>()));
        }

        return new JsonObject
        {
            ["kind"] = "PiiEntityRecognitionResults",
            ["results"] = new JsonObject { ["documents"] = documents, ["errors"] = errors, ["modelVersion"] = "2025-01-01" },
        };
    }

    private JsonObject BuildDocument(string id, string text)
    {
        var entities = new JsonArray();
        foreach (var (value, category) in Entities)
        {
            for (var index = text.IndexOf(value, StringComparison.Ordinal); index >= 0; index = text.IndexOf(value, index + 1, StringComparison.Ordinal))
            {
                entities.Add(new JsonObject
                {
                    ["text"] = value, ["category"] = category, ["offset"] = index, ["length"] = value.Length, ["confidenceScore"] = 0.95,
                });
            }
        }

        var warnings = new JsonArray();
        if (WarningCode is not null)
        {
            warnings.Add(new JsonObject { ["code"] = WarningCode, ["message"] = "Mock warning." });
        }

        return new JsonObject { ["id"] = id, ["redactedText"] = "", ["entities"] = entities, ["warnings"] = warnings };
    }

    /// <summary>One request as the mock received it.</summary>
    internal sealed record ReceivedRequest(string PathAndQuery, string Body, string Key, string Authorization)
    {
        public JsonElement Json => JsonDocument.Parse(Body).RootElement;
    }
}
