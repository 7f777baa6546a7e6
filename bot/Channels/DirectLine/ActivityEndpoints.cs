using HelpBot.Bot.Hosting;
using HelpBot.Bot.Proactive;
using HelpBot.Protocol.DirectLine;
using HelpBot.Protocol.Models;
using HelpBot.Protocol.Serialization;
using Microsoft.Extensions.Options;

namespace HelpBot.Bot.Channels.DirectLine;

/// <summary><c>POST</c> and <c>GET /conversations/{id}/activities</c>.</summary>
public sealed class ActivityEndpoints(
    ConversationAccess access,
    IDirectLineStore store,
    DirectLineConversationService conversations,
    DirectLineUrls urls,
    WebChatPendingDeliveries pending,
    DirectLineLiveActivities live,
    IOptions<DirectLineOptions> options)
{
    /// <summary>
    /// Sends the client's activity to the bot and returns <c>{id}</c> after the turn. The activity
    /// comes back to clients through GET and the stream with that id.
    /// </summary>
    public async Task PostAsync(HttpContext context)
    {
        var (caller, conversation) = await access.OpenAsync(context);
        var activity = await RequestBody.ReadJsonAsync(context, ProtocolJsonContext.Default.Activity, options.Value.MaxActivityBytes, required: true);
        var userId = ValidateActivity(activity!, caller);

        var id = await conversations.PostAsync(conversation, activity!, userId, urls.GetBaseUri(context.Request), context.RequestAborted);
        await JsonResponse.WriteAsync(context, StatusCodes.Status200OK, new ResourceResponse(id), ProtocolJsonContext.Default.ResourceResponse);
    }

    /// <summary>
    /// Returns the activities after the <c>watermark</c> query parameter (all without one) and the new
    /// watermark. Bot activities sent within <see cref="DirectLineLiveActivities.Lifetime"/> come as sent.
    /// </summary>
    public async Task GetAsync(HttpContext context)
    {
        var (caller, conversation) = await access.OpenAsync(context);
        var watermark = DirectLineIds.ParseWatermark(context.Request.Query["watermark"]) ?? 0;

        var page = await store.ReadAfterAsync(conversation.Id, watermark, options.Value.MaxActivitiesPerPage, context.RequestAborted);
        if (caller.Token is { } token && page.Activities.Count > 0)
        {
            await pending.MarkReadAsync(token.ChannelId, token.UserId, conversation.Id, page.LastSequence, context.RequestAborted);
        }

        var set = new ActivitySet { Activities = [.. live.Restore(page.Activities)], Watermark = DirectLineIds.Watermark(page.LastSequence) };
        await JsonResponse.WriteAsync(context, StatusCodes.Status200OK, set, ProtocolJsonContext.Default.ActivitySet);
    }

    /// <summary>Checks the fields Direct Line requires and returns the sender's user id.</summary>
    internal static string ValidateActivity(Activity activity, DirectLineCaller caller)
    {
        if (string.IsNullOrWhiteSpace(activity.Type))
        {
            throw ApiErrorException.MissingProperty("The activity has no 'type'. Send \"message\", \"event\" or another activity type.");
        }

        // A token fixes the user; DirectLineJS overwrites from.id the same way.
        if (caller.Token is { } token)
        {
            return token.UserId;
        }

        return string.IsNullOrEmpty(activity.From?.Id)
            ? throw ApiErrorException.MissingProperty("The activity has no 'from.id'. With the secret, every activity must name its sender.")
            : activity.From.Id;
    }
}
