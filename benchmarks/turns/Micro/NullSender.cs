using System.Buffers;
using System.Text.Json;
using HelpBot.Protocol.Models;
using HelpBot.Protocol.Serialization;
using HelpBot.Runtime.Turns;

namespace HelpBot.Benchmarks.Micro;

/// <summary>
/// Accepts every activity without sending it anywhere. With <c>serialize</c> it first writes the
/// activity as JSON the way the Connector client does, so the reply body's cost is included. With
/// <c>yieldFirst</c> every send completes asynchronously, as a real HTTP send does, so the turn's
/// awaits suspend and resume instead of completing synchronously.
/// </summary>
public sealed class NullSender(bool serialize, bool yieldFirst) : IActivitySender, IDisposable
{
    private static readonly ResourceResponse Accepted = new("reply");
    private static readonly Task<ResourceResponse> AcceptedTask = Task.FromResult(Accepted);
    private readonly ArrayBufferWriter<byte> _buffer = new(4096);
    private readonly Utf8JsonWriter _writer = new(Stream.Null);
    private long _count;

    /// <summary>Number of activities sent so far.</summary>
    public long Count => Interlocked.Read(ref _count);

    public Task<ResourceResponse> SendAsync(Activity activity, CancellationToken cancellationToken) =>
        yieldFirst ? SendLaterAsync(activity) : SendNow(activity);

    public void Dispose() => _writer.Dispose();

    private async Task<ResourceResponse> SendLaterAsync(Activity activity)
    {
        await Task.Yield();
        return await SendNow(activity);
    }

    private Task<ResourceResponse> SendNow(Activity activity)
    {
        Interlocked.Increment(ref _count);
        if (serialize)
        {
            // Turns run one at a time, so the shared buffer is never used by two sends at once.
            _buffer.ResetWrittenCount();
            _writer.Reset(_buffer);
            JsonSerializer.Serialize(_writer, activity, ProtocolJsonContext.Default.Activity);
        }

        return AcceptedTask;
    }
}
