using System.Net.Http.Json;

namespace HelpBot.Benchmarks.Baseline;

/// <summary>Reads a message activity and sends one text reply to its conversation.</summary>
public sealed class ReplyEndpoint(HttpClient httpClient)
{
    public async Task PostAsync(HttpContext context)
    {
        var activity = await context.Request.ReadFromJsonAsync(BaselineJsonContext.Default.BaselineActivity, context.RequestAborted);
        if (activity?.Conversation?.Id is not { Length: > 0 } conversationId
            || !Uri.TryCreate(activity.ServiceUrl, UriKind.Absolute, out var serviceUrl)
            || !serviceUrl.IsLoopback)
        {
            context.Response.StatusCode = StatusCodes.Status400BadRequest;
            return;
        }

        var reply = new BaselineActivity
        {
            Type = "message",
            ChannelId = activity.ChannelId,
            ServiceUrl = activity.ServiceUrl,
            From = activity.Recipient,
            Recipient = activity.From,
            Conversation = activity.Conversation,
            ReplyToId = activity.Id,
            Text = "Welcome. Pick one: report a problem, my tickets, help topics.",
        };

        var root = activity.ServiceUrl!.TrimEnd('/');
        var requestUri = $"{root}/v3/conversations/{Uri.EscapeDataString(conversationId)}/activities/{Uri.EscapeDataString(activity.Id ?? "")}";
        using var response = await httpClient.PostAsJsonAsync(requestUri, reply, BaselineJsonContext.Default.BaselineActivity, context.RequestAborted);
        context.Response.StatusCode = response.IsSuccessStatusCode ? StatusCodes.Status200OK : StatusCodes.Status502BadGateway;
    }
}
