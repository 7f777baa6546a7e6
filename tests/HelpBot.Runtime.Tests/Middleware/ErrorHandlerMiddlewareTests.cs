using System.Text;
using HelpBot.Protocol.Models;
using HelpBot.Runtime.Middleware;
using HelpBot.Runtime.State;
using HelpBot.Runtime.Storage;
using HelpBot.Runtime.Tests.TestDoubles;
using HelpBot.Runtime.Turns;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;

namespace HelpBot.Runtime.Tests.Middleware;

public sealed class ErrorHandlerMiddlewareTests
{
    private const string SensitiveText = "My SSN is 078-05-1120 and my name is Dana Testperson";

    private readonly FakeLogger<ErrorHandlerMiddleware> _logger = new();
    private readonly RecordingActivitySender _sender = new();

    [Fact]
    public async Task OnTurnAsync_HandlerThrows_SendsApology()
    {
        await RunAsync(TestActivities.Create(text: SensitiveText), Throw(new InvalidOperationException("Handler failed in test.")));

        var reply = Assert.Single(_sender.Sent);
        Assert.Equal(ErrorReplies.Failure, reply.Text);
        Assert.Equal("activity-1", reply.ReplyToId);
    }

    [Fact]
    public async Task OnTurnAsync_HandlerThrows_LogsIds()
    {
        await RunAsync(TestActivities.Create(text: SensitiveText), Throw(new InvalidOperationException("Handler failed in test.")));

        var record = Assert.Single(_logger.Collector.GetSnapshot());
        Assert.Equal(LogLevel.Error, record.Level);
        Assert.Equal(1000, record.Id.Id);
        Assert.Equal("activity-1", record.GetStructuredStateValue("ActivityId"));
        Assert.Equal("conv-1", record.GetStructuredStateValue("ConversationId"));
        Assert.Equal(ChannelIds.Test, record.GetStructuredStateValue("ChannelId"));
        Assert.Equal(ActivityTypes.Message, record.GetStructuredStateValue("ActivityType"));
        Assert.Contains(nameof(InvalidOperationException), record.Exception!.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task OnTurnAsync_UserTextInException_NotLogged()
    {
        // FormatException from int.Parse quotes its input since .NET 8; this one imitates it.
        var exception = new FormatException(
            $"The input string '{SensitiveText}' was not in a correct format.",
            new InvalidOperationException($"Inner: {SensitiveText}"));

        await RunAsync(TestActivities.Create(text: SensitiveText), Throw(exception));
        var logs = LogText.Of(_logger.Collector);

        Assert.DoesNotContain("078-05-1120", logs, StringComparison.Ordinal);
        Assert.DoesNotContain("Dana", logs, StringComparison.Ordinal);
        Assert.DoesNotContain("Testperson", logs, StringComparison.Ordinal);
        Assert.Contains("System.FormatException", logs, StringComparison.Ordinal);
        Assert.Contains("System.InvalidOperationException", logs, StringComparison.Ordinal);
    }

    [Fact]
    public async Task OnTurnAsync_InvokeThrows_Sets500Response()
    {
        var turn = await RunAsync(TestActivities.Create(ActivityTypes.Invoke), Throw(new InvalidOperationException("Handler failed in test.")));

        var response = turn.InvokeResponse!;
        var body = response.Body!.Value;
        Assert.Equal(500, response.Status);
        Assert.Equal(500, body.GetProperty("statusCode").GetInt32());
        Assert.Equal(ContentTypes.InvokeError, body.GetProperty("type").GetString());
        Assert.Equal("InternalError", body.GetProperty("value").GetProperty("code").GetString());
        Assert.False(string.IsNullOrEmpty(body.GetProperty("value").GetProperty("message").GetString()));
    }

    [Fact]
    public async Task OnTurnAsync_MessageThrows_NoInvokeResponse()
    {
        var turn = await RunAsync(TestActivities.Create(), Throw(new InvalidOperationException("Handler failed in test.")));

        Assert.Null(turn.InvokeResponse);
    }

    [Fact]
    public async Task OnTurnAsync_StateConflict_AsksToRepeat()
    {
        await RunAsync(TestActivities.Create(), Throw(StorageConcurrencyException.ForKey("test/conversations/conv-1")));

        var reply = Assert.Single(_sender.Sent);
        var record = Assert.Single(_logger.Collector.GetSnapshot());
        Assert.Equal(ErrorReplies.Conflict, reply.Text);
        Assert.Equal(LogLevel.Warning, record.Level);
        Assert.Equal("test/conversations/conv-1", record.GetStructuredStateValue("StorageKey"));
    }

    [Fact]
    public async Task OnTurnAsync_InvokeConflict_SetsConflictBody()
    {
        var turn = await RunAsync(TestActivities.Create(ActivityTypes.Invoke), Throw(StorageConcurrencyException.ForKey("k")));

        var body = turn.InvokeResponse!.Body!.Value;
        Assert.Equal("ConversationChanged", body.GetProperty("value").GetProperty("code").GetString());
    }

    [Fact]
    public async Task OnTurnAsync_CancelledRequest_RethrowsWithoutReply()
    {
        using var cancellation = new CancellationTokenSource();
        await cancellation.CancelAsync();
        var turn = CreateTurn(TestActivities.Create());

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() =>
            CreateMiddleware().OnTurnAsync(turn, ct => throw new OperationCanceledException(ct), cancellation.Token));

        Assert.Empty(_sender.Sent);
        Assert.Empty(_logger.Collector.GetSnapshot());
    }

    [Fact]
    public async Task OnTurnAsync_UnrequestedCancel_Apologizes()
    {
        await RunAsync(TestActivities.Create(), Throw(new TaskCanceledException("Downstream call timed out.")));

        var reply = Assert.Single(_sender.Sent);
        Assert.Equal(ErrorReplies.Failure, reply.Text);
    }

    [Fact]
    public async Task OnTurnAsync_ApologyFails_LogsWarning()
    {
        _sender.FailingTypes.Add(ActivityTypes.Message);

        await RunAsync(TestActivities.Create(), Throw(new InvalidOperationException("Handler failed in test.")));

        var ids = _logger.Collector.GetSnapshot().Select(r => r.Id.Id).ToArray();
        Assert.Equal([1000, 1002], ids);
    }

    [Theory]
    [InlineData(ActivityTypes.Message, 1)]
    [InlineData(ActivityTypes.Invoke, 1)]
    [InlineData(ActivityTypes.Event, 1)]
    [InlineData(ActivityTypes.ConversationUpdate, 0)]
    [InlineData(ActivityTypes.MessageReaction, 0)]
    [InlineData(ActivityTypes.Typing, 0)]
    public async Task OnTurnAsync_ActivityType_RepliesToUserActions(string type, int expectedReplies)
    {
        await RunAsync(TestActivities.Create(type), Throw(new InvalidOperationException("Handler failed in test.")));

        Assert.Equal(expectedReplies, _sender.Sent.Count);
        Assert.Single(_logger.Collector.GetSnapshot());
    }

    [Fact]
    public async Task OnTurnAsync_NoException_DoesNothing()
    {
        var turn = await RunAsync(TestActivities.Create(), (_, _) => Task.CompletedTask);

        Assert.Empty(_sender.Sent);
        Assert.Empty(_logger.Collector.GetSnapshot());
        Assert.Null(turn.InvokeResponse);
    }

    [Fact]
    public async Task ProcessAsync_FailedTurn_KeepsEarlierState()
    {
        var storage = new MemoryStorage();
        var step = 0;
        var pipeline = new TurnPipeline(
            [CreateMiddleware(), new StateMiddleware(storage)],
            new DelegateTurnHandler((turn, _) =>
            {
                step++;
                turn.State.Conversation.Root["step"] = step;
                return step == 2 ? throw new InvalidOperationException("Second turn failed in test.") : Task.CompletedTask;
            }));

        await pipeline.ProcessAsync(TestActivities.Create(), _sender, CancellationToken.None);
        await pipeline.ProcessAsync(TestActivities.Create(), _sender, CancellationToken.None);
        var stored = await storage.ReadAsync(["test/conversations/conv-1"], CancellationToken.None);

        Assert.Equal("""{"step":1}""", Encoding.UTF8.GetString(stored["test/conversations/conv-1"].Json.Span));
        Assert.Equal(ErrorReplies.Failure, Assert.Single(_sender.Sent).Text);
    }

    private static Func<ITurnContext, CancellationToken, Task> Throw(Exception exception) => (_, _) => throw exception;

    private ErrorHandlerMiddleware CreateMiddleware() => new(_logger);

    private TurnContext CreateTurn(Activity activity) => new(activity, _sender);

    private async Task<TurnContext> RunAsync(Activity activity, Func<ITurnContext, CancellationToken, Task> handler)
    {
        var turn = CreateTurn(activity);
        await CreateMiddleware().OnTurnAsync(turn, ct => handler(turn, ct), CancellationToken.None);
        return turn;
    }
}
