using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace HelpBot.Dialogs.Tests.Conversation;

/// <summary>
/// A loopback stand-in for Azure AI Language PII detection (Kestrel on 127.0.0.1). It records every
/// document text it receives and answers with no entities, a fixed error status, or after a delay.
/// </summary>
internal sealed class PrivacyLanguageServiceMock : IAsyncDisposable
{
    private readonly WebApplication _app;

    private PrivacyLanguageServiceMock(WebApplication app) => _app = app;

    /// <summary>Base address, such as http://127.0.0.1:40123.</summary>
    public string Endpoint { get; private set; } = "";

    /// <summary>When set, every request gets this status code.</summary>
    public int? FailWith { get; set; }

    /// <summary>Time to wait before answering.</summary>
    public TimeSpan Delay { get; set; }

    /// <summary>Document texts received, in order.</summary>
    public ConcurrentQueue<string> Texts { get; } = new();

    /// <summary>Number of documents in each request received, in order.</summary>
    public ConcurrentQueue<int> DocumentCounts { get; } = new();

    public static async Task<PrivacyLanguageServiceMock> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var mock = new PrivacyLanguageServiceMock(app);
        app.Run(mock.HandleAsync);
        await app.StartAsync();
        mock.Endpoint = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        return mock;
    }

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();

    private async Task HandleAsync(HttpContext context)
    {
        using var reader = new StreamReader(context.Request.Body);
        var request = JsonNode.Parse(await reader.ReadToEndAsync())!;
        var documents = new JsonArray();
        DocumentCounts.Enqueue(request["analysisInput"]!["documents"]!.AsArray().Count);
        foreach (var document in request["analysisInput"]!["documents"]!.AsArray())
        {
            Texts.Enqueue(document!["text"]!.GetValue<string>());
            documents.Add(new JsonObject { ["id"] = document["id"]!.GetValue<string>(), ["entities"] = new JsonArray(), ["warnings"] = new JsonArray() });
        }

        await Task.Delay(Delay, context.RequestAborted);
        context.Response.ContentType = "application/json";
        if (FailWith is { } status)
        {
            context.Response.StatusCode = status;
            await context.Response.WriteAsync("""{"error":{"code":"InternalServerError","message":"Mock failure."}}""");
            return;
        }

        var result = new JsonObject
        {
            ["kind"] = "PiiEntityRecognitionResults",
            ["results"] = new JsonObject { ["documents"] = documents, ["errors"] = new JsonArray(), ["modelVersion"] = "2025-01-01" },
        };
        await context.Response.WriteAsync(result.ToJsonString());
    }
}
