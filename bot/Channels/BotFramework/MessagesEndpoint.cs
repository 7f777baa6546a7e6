using System.Text.Json;
using HelpBot.Bot.Channels.BotFramework.Connector;
using HelpBot.Bot.Channels.Teams;
using HelpBot.Bot.Hosting;
using HelpBot.Bot.Proactive;
using HelpBot.Protocol.Models;
using HelpBot.Protocol.Serialization;
using HelpBot.Runtime.Turns;
using Microsoft.Extensions.Options;

namespace HelpBot.Bot.Channels.BotFramework;

/// <summary>
/// <c>POST /api/messages</c>: the Bot Framework Activity protocol. It validates the activity,
/// authenticates the request through <see cref="IRequestAuthenticator"/>, sets <c>callerId</c>,
/// applies the tenant allow-list, checks serviceUrl, records where proactive messages can reach the
/// user (<see cref="ProactiveAddressRecorder"/>), adapts Teams activities
/// (<see cref="TeamsTurnAdapter"/>) and runs the turn with replies sent through the Connector API.
/// It returns 200 with an empty body, 202 when the turn continues in the background, or for an
/// invoke the turn's status and body (501 when the bot set none).
/// </summary>
public sealed class MessagesEndpoint(
    IRequestAuthenticator authenticator,
    ConnectorClient connector,
    TeamsTurnAdapter teams,
    BackgroundTurnRunner runner,
    ProactiveAddressRecorder addresses,
    IOptions<BotFrameworkOptions> options,
    ILogger<MessagesEndpoint> logger)
{
    public async Task PostAsync(HttpContext context)
    {
        var activity = await RequestBody.ReadJsonAsync(context, ProtocolJsonContext.Default.Activity, options.Value.MaxActivityBytes, required: true);
        Validate(activity!);

        var authentication = await authenticator.AuthenticateAsync(context.Request, activity!, context.RequestAborted);
        if (!authentication.Succeeded)
        {
            logger.MessagesRequestRejected(authentication.StatusCode, authentication.ErrorCode);
            throw new ApiErrorException(authentication.StatusCode, authentication.ErrorCode!, authentication.Message!);
        }

        // callerId is set by the bot after authentication, never taken from the wire.
        activity!.CallerId = authentication.CallerId;
        EnsureTenantAllowed(activity);
        var sender = CreateSender(activity, authentication);
        await addresses.RecordBotFrameworkAsync(activity, authentication.ServiceUrlVerified, context.RequestAborted);
        logger.MessagesActivityReceived(activity.Type, activity.Id, activity.Conversation!.Id);

        var inboundType = activity.Type!;
        var turn = await teams.PrepareAsync(activity, sender, authentication.ServiceUrlVerified, context.RequestAborted);
        var outcome = await RunTurnAsync(turn, activity, context.RequestAborted);
        await WriteResponseAsync(context, activity.Id, inboundType, outcome);
    }

    /// <summary>Checks the fields every activity needs: type and conversation.id.</summary>
    internal static void Validate(Activity activity)
    {
        if (string.IsNullOrWhiteSpace(activity.Type))
        {
            throw ApiErrorException.MissingProperty("The activity has no 'type'.");
        }

        if (string.IsNullOrWhiteSpace(activity.Conversation?.Id))
        {
            throw ApiErrorException.MissingProperty("The activity has no 'conversation.id'.");
        }
    }

    // Known activity types except typing and trace expect a reply channel, so they need serviceUrl.
    internal static bool NeedsServiceUrl(string type) => type is
        ActivityTypes.Message or ActivityTypes.ConversationUpdate or ActivityTypes.Event or ActivityTypes.Invoke
        or ActivityTypes.InstallationUpdate or ActivityTypes.MessageReaction or ActivityTypes.MessageUpdate
        or ActivityTypes.MessageDelete or ActivityTypes.EndOfConversation or ActivityTypes.ContactRelationUpdate
        or ActivityTypes.DeleteUserData or ActivityTypes.Suggestion or ActivityTypes.Handoff;

    private void EnsureTenantAllowed(Activity activity)
    {
        if (!TeamsTenantFilter.IsAllowed(activity, options.Value.AllowedTenants))
        {
            logger.MessagesTenantRejected(activity.Id);
            throw new ApiErrorException(StatusCodes.Status403Forbidden, ErrorCodes.Forbidden, "This bot does not serve the tenant of the request.");
        }
    }

    private IActivitySender CreateSender(Activity activity, RequestAuthenticationResult authentication)
    {
        if (string.IsNullOrEmpty(activity.ServiceUrl))
        {
            return NeedsServiceUrl(activity.Type!)
                ? throw ApiErrorException.MissingProperty($"An activity of type '{activity.Type}' needs 'serviceUrl', the address replies are sent to.")
                : NoReplyActivitySender.Instance;
        }

        // Checked before the turn, so a rejected serviceUrl never receives a request. In anonymous
        // mode the Connector client checks every request and socket again.
        if (!TryParseServiceUrl(activity.ServiceUrl, authentication.IsAnonymous, out var serviceUrl))
        {
            logger.MessagesServiceUrlRejected(activity.Type, activity.Id, authentication.IsAnonymous);
            throw new ApiErrorException(StatusCodes.Status403Forbidden, ErrorCodes.Forbidden, authentication.IsAnonymous
                ? "serviceUrl must be an http or https address on a loopback host (127.0.0.0/8, [::1] or localhost) without user information, because this endpoint runs without authentication."
                : "serviceUrl must be an absolute https address without user information (http only on a loopback host).");
        }

        return new ConnectorActivitySender(connector, new ConnectorEndpoint(serviceUrl, authentication.ServiceUrlVerified));
    }

    private static bool TryParseServiceUrl(string value, bool anonymous, out Uri serviceUrl)
    {
        if (anonymous)
        {
            return LoopbackServiceUrl.TryParse(value, out serviceUrl!);
        }

        serviceUrl = null!;
        if (value.Length > 2048 || !Uri.TryCreate(value, UriKind.Absolute, out var parsed) || parsed.UserInfo.Length > 0)
        {
            return false;
        }

        serviceUrl = parsed;
        return parsed.Scheme == Uri.UriSchemeHttps || LoopbackServiceUrl.IsLoopback(parsed);
    }

    private async Task<TurnOutcome> RunTurnAsync(TeamsTurn turn, Activity activity, CancellationToken cancellationToken)
    {
        try
        {
            return await runner.RunAsync(turn, cancellationToken);
        }
        catch (Exception error) when (error is ConnectorException or HttpRequestException)
        {
            logger.MessagesReplyFailed(error.GetType().FullName, activity.Id, activity.Conversation?.Id);
            throw new ApiErrorException(StatusCodes.Status502BadGateway, ErrorCodes.ConnectorFailed,
                "The bot's reply to serviceUrl failed. Check that the channel's Connector API is running at that address.");
        }
    }

    private async Task WriteResponseAsync(HttpContext context, string? activityId, string inboundType, TurnOutcome outcome)
    {
        if (inboundType != ActivityTypes.Invoke)
        {
            context.Response.StatusCode = outcome.Completed ? StatusCodes.Status200OK : StatusCodes.Status202Accepted;
            return;
        }

        var invokeResponse = outcome.Completed ? outcome.InvokeResponse : AdaptiveCardInvokeResponses.Message(TeamsMessages.ActionStillRunning);
        var status = invokeResponse?.Status ?? StatusCodes.Status501NotImplemented;
        logger.MessagesInvokeAnswered(activityId, status);
        context.Response.StatusCode = status;
        if (invokeResponse?.Body is { } body)
        {
            context.Response.ContentType = "application/json; charset=utf-8";
            await JsonSerializer.SerializeAsync(context.Response.Body, body, ProtocolJsonContext.Default.JsonElement, context.RequestAborted);
        }
    }
}
