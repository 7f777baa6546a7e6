using System.Collections.Concurrent;
using System.Text.Json;
using HelpBot.Protocol.Models;
using HelpBot.Protocol.Serialization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace HelpBot.EndToEnd.Tests.Proactive;

/// <summary>
/// A channel's Connector API on 127.0.0.1 that accepts every request with <c>{"id":"reply-N"}</c>.
/// It keeps the messages posted to <c>.../activities</c>, which are new messages such as
/// reminders, and not typing indicators or the replies to <c>.../activities/{replyToId}</c> that
/// turns send.
/// </summary>
internal sealed class ConnectorRecorder : IAsyncDisposable
{
    private readonly WebApplication _app;
    private int _count;

    private ConnectorRecorder(WebApplication app) => _app = app;

    public Uri BaseAddress { get; private set; } = null!;

    /// <summary>The new messages posted to conversations, in arrival order.</summary>
    public ConcurrentQueue<Activity> Activities { get; } = new();

    public static async Task<ConnectorRecorder> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var recorder = new ConnectorRecorder(app);
        app.Run(recorder.HandleAsync);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        recorder.BaseAddress = new Uri(address.TrimEnd('/') + "/");
        return recorder;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private async Task HandleAsync(HttpContext context)
    {
        var activity = await JsonSerializer.DeserializeAsync(context.Request.Body, ProtocolJsonContext.Default.Activity);
        if (activity?.Type == ActivityTypes.Message && context.Request.Path.Value?.EndsWith("/activities", StringComparison.Ordinal) == true)
        {
            Activities.Enqueue(activity);
        }

        context.Response.ContentType = "application/json";
        await context.Response.WriteAsync($$"""{"id":"reply-{{Interlocked.Increment(ref _count)}}"}""");
    }
}
