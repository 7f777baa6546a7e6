using System.Net.WebSockets;
using System.Text.Json;
using HelpBot.Bot.Hosting;
using HelpBot.Bot.Proactive;
using HelpBot.Protocol.DirectLine;
using HelpBot.Protocol.Models;
using HelpBot.Protocol.Serialization;
using Microsoft.Extensions.Options;

namespace HelpBot.Bot.Channels.DirectLine;

/// <summary>
/// <c>GET /conversations/{id}/stream?t=TOKEN[&amp;watermark=N]</c>: the WebSocket stream. It sends
/// the log after the watermark (all of it without one), then every new activity as an
/// <see cref="ActivitySet"/> text frame with its watermark, and an empty message when idle.
/// Typing activities are sent without a watermark, because they are not in the log. Messages
/// from the client (DirectLineJS sends empty pings) are read and ignored. Several streams per
/// conversation may be open; all close with 1001 (going away) when the host stops.
/// </summary>
public sealed class StreamEndpoint(
    ConversationAccess access,
    IDirectLineStore store,
    DirectLineStreamHub hub,
    WebChatPendingDeliveries pending,
    DirectLineLiveActivities live,
    TimeProvider timeProvider,
    IOptions<DirectLineOptions> options,
    IHostApplicationLifetime lifetime,
    ILogger<StreamEndpoint> logger)
{
    private const int ReceiveBufferBytes = 4096;
    private static readonly TimeSpan CloseTimeout = TimeSpan.FromSeconds(2);

    public async Task HandleAsync(HttpContext context)
    {
        var (caller, conversation) = await access.OpenAsync(context, allowQueryToken: true);
        if (!context.WebSockets.IsWebSocketRequest)
        {
            throw ApiErrorException.BadArgument("This URL is a WebSocket stream. Open it with a WebSocket client.");
        }

        var watermark = DirectLineIds.ParseWatermark(context.Request.Query["watermark"]) ?? 0;

        // Subscribing before the first read means nothing appended in between is missed.
        using var subscription = hub.Subscribe(conversation.Id);
        using var socket = await context.WebSockets.AcceptWebSocketAsync();
        if (logger.IsEnabled(LogLevel.Debug))
        {
            logger.DirectLineStreamOpened(conversation.Id, hub.CountStreams(conversation.Id));
        }

        using var streamEnd = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted, lifetime.ApplicationStopping);
        var receiving = ReceiveUntilClosedAsync(socket, streamEnd);
        try
        {
            await SendAsync(socket, subscription, caller.Token, watermark, streamEnd.Token);
        }
        catch (Exception error) when (error is OperationCanceledException or WebSocketException)
        {
            // The client closed the socket, the connection dropped, or the host is stopping.
        }

        await CloseAsync(socket, receiving);
        if (logger.IsEnabled(LogLevel.Debug))
        {
            // The count still includes this stream, whose subscription is disposed on return.
            logger.DirectLineStreamClosed(conversation.Id, hub.CountStreams(conversation.Id) - 1);
        }
    }

    private async Task SendAsync(WebSocket socket, StreamSubscription subscription, DirectLineTokenClaims? reader, long watermark, CancellationToken cancellationToken)
    {
        watermark = await SendLogAsync(socket, subscription.ConversationId, reader, watermark, cancellationToken);
        var keepAlive = options.Value.StreamKeepAliveInterval;
        Task<bool>? waiting = null;

        while (!cancellationToken.IsCancellationRequested)
        {
            waiting ??= subscription.Reader.WaitToReadAsync(cancellationToken).AsTask();
            var idle = Task.Delay(keepAlive, timeProvider, cancellationToken);
            if (await Task.WhenAny(waiting, idle) == idle)
            {
                await idle;
                await socket.SendAsync(ReadOnlyMemory<byte>.Empty, WebSocketMessageType.Text, endOfMessage: true, cancellationToken);
                continue;
            }

            if (!await waiting)
            {
                return;
            }

            waiting = null;
            while (subscription.Reader.TryRead(out var item))
            {
                watermark = item is null
                    ? await SendLogAsync(socket, subscription.ConversationId, reader, watermark, cancellationToken)
                    : await SendTransientAsync(socket, item, watermark, cancellationToken);
            }
        }
    }

    // Proactive messages sent to the token's user count as delivered once their set is sent.
    private async Task<long> SendLogAsync(WebSocket socket, string conversationId, DirectLineTokenClaims? reader, long watermark, CancellationToken cancellationToken)
    {
        var pageSize = options.Value.MaxActivitiesPerPage;
        while (true)
        {
            var page = await store.ReadAfterAsync(conversationId, watermark, pageSize, cancellationToken);
            if (page.Activities.Count == 0)
            {
                return watermark;
            }

            var set = new ActivitySet { Activities = [.. live.Restore(page.Activities)], Watermark = DirectLineIds.Watermark(page.LastSequence) };
            await SendSetAsync(socket, set, cancellationToken);
            watermark = page.LastSequence;
            if (reader is not null)
            {
                await pending.MarkReadAsync(reader.ChannelId, reader.UserId, conversationId, watermark, cancellationToken);
            }

            if (page.Activities.Count < pageSize)
            {
                return watermark;
            }
        }
    }

    private static async Task<long> SendTransientAsync(WebSocket socket, Activity activity, long watermark, CancellationToken cancellationToken)
    {
        await SendSetAsync(socket, new ActivitySet { Activities = [activity] }, cancellationToken);
        return watermark;
    }

    private static Task SendSetAsync(WebSocket socket, ActivitySet set, CancellationToken cancellationToken)
    {
        var json = JsonSerializer.SerializeToUtf8Bytes(set, ProtocolJsonContext.Default.ActivitySet);
        return socket.SendAsync(json, WebSocketMessageType.Text, endOfMessage: true, cancellationToken);
    }

    // Reads and drops client messages until the client closes, then ends the stream. The read is
    // never cancelled, because cancelling a WebSocket read aborts the socket and the close
    // handshake that ends a stream cleanly could not be sent.
    private static async Task ReceiveUntilClosedAsync(WebSocket socket, CancellationTokenSource streamEnd)
    {
        var buffer = new byte[ReceiveBufferBytes];
        try
        {
            while (socket.State == WebSocketState.Open)
            {
                var result = await socket.ReceiveAsync(buffer, CancellationToken.None);
                if (result.MessageType == WebSocketMessageType.Close)
                {
                    break;
                }
            }
        }
        catch (Exception error) when (error is OperationCanceledException or WebSocketException)
        {
            // The stream is ending for another reason; the sender side closes the socket.
        }
        finally
        {
            await streamEnd.CancelAsync();
        }
    }

    private async Task CloseAsync(WebSocket socket, Task receiving)
    {
        var stopping = lifetime.ApplicationStopping.IsCancellationRequested;
        var status = stopping ? WebSocketCloseStatus.EndpointUnavailable : WebSocketCloseStatus.NormalClosure;
        var description = stopping ? "The server is shutting down. Reconnect to continue." : "The stream ended.";
        using var timeout = new CancellationTokenSource(CloseTimeout);
        try
        {
            if (socket.State is WebSocketState.Open or WebSocketState.CloseReceived)
            {
                await socket.CloseOutputAsync(status, description, timeout.Token);
            }

            await receiving.WaitAsync(timeout.Token);
        }
        catch (Exception error) when (error is OperationCanceledException or WebSocketException or TimeoutException)
        {
            socket.Abort();
        }
    }
}
