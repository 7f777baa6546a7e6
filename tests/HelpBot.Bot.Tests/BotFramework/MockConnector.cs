using System.Collections.Concurrent;
using System.Text.Json;
using HelpBot.Protocol.Models;
using HelpBot.Protocol.Serialization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace HelpBot.Bot.Tests.BotFramework;

/// <summary>
/// A channel's Connector API on 127.0.0.1: records every request with its Authorization header,
/// returns the scripted failures first (such as 429 with Retry-After), then accepts with
/// <c>{"id":"reply-N"}</c>.
/// </summary>
internal sealed class MockConnector : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentQueue<(int Status, string? RetryAfter)> _failures = new();
    private int _accepted;

    private MockConnector(WebApplication app) => _app = app;

    public Uri BaseAddress { get; private set; } = null!;

    /// <summary>Every request, in arrival order, with the status it got.</summary>
    public ConcurrentQueue<ConnectorRequest> Requests { get; } = new();

    /// <summary>The requests that got a success status.</summary>
    public IReadOnlyList<ConnectorRequest> Accepted => [.. Requests.Where(request => request.Status < 300)];

    /// <summary>The activities of the accepted requests.</summary>
    public IReadOnlyList<Activity> AcceptedActivities => [.. Accepted.Where(request => request.Body.Length > 0).Select(request => request.Activity)];

    public static async Task<MockConnector> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var server = new MockConnector(app);
        app.Run(server.HandleAsync);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        server.BaseAddress = new Uri(address.TrimEnd('/') + "/");
        return server;
    }

    /// <summary>Answers the next request with <paramref name="status"/> (and Retry-After when given) instead of accepting it.</summary>
    public void FailNext(int status, string? retryAfter = null) => _failures.Enqueue((status, retryAfter));

    /// <summary>Waits until <paramref name="condition"/> holds for the accepted activities, or fails after <paramref name="timeout"/>.</summary>
    public async Task<IReadOnlyList<Activity>> WaitForAsync(Func<IReadOnlyList<Activity>, bool> condition, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(20));
        while (DateTime.UtcNow < deadline)
        {
            var activities = AcceptedActivities;
            if (condition(activities))
            {
                return activities;
            }

            await Task.Delay(25);
        }

        throw new TimeoutException($"The Connector did not receive the expected activities; it accepted {AcceptedActivities.Count}.");
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private async Task HandleAsync(HttpContext context)
    {
        using var reader = new StreamReader(context.Request.Body);
        var body = await reader.ReadToEndAsync();
        var rawTarget = context.Features.Get<IHttpRequestFeature>()?.RawTarget ?? context.Request.Path.ToUriComponent();
        var authorization = context.Request.Headers.Authorization.ToString();

        if (_failures.TryDequeue(out var failure))
        {
            Requests.Enqueue(new ConnectorRequest(context.Request.Method, rawTarget, body, authorization, failure.Status));
            context.Response.StatusCode = failure.Status;
            if (failure.RetryAfter is not null)
            {
                context.Response.Headers.RetryAfter = failure.RetryAfter;
            }

            return;
        }

        var id = Interlocked.Increment(ref _accepted);
        Requests.Enqueue(new ConnectorRequest(context.Request.Method, rawTarget, body, authorization, StatusCodes.Status200OK));
        context.Response.ContentType = "application/json";
        await context.Response.WriteAsync(rawTarget.EndsWith("/v3/conversations", StringComparison.Ordinal)
            ? $$"""{"id":"new-conversation-{{id}}","activityId":"first-{{id}}"}"""
            : $$"""{"id":"reply-{{id}}"}""");
    }
}

/// <summary>One request the mock Connector received.</summary>
internal sealed record ConnectorRequest(string Method, string RawPath, string Body, string Authorization, int Status)
{
    public DateTimeOffset ReceivedAt { get; } = DateTimeOffset.UtcNow;

    public Activity Activity => JsonSerializer.Deserialize(Body, ProtocolJsonContext.Default.Activity)!;
}
