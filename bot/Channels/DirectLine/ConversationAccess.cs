using HelpBot.Bot.Hosting;

namespace HelpBot.Bot.Channels.DirectLine;

/// <summary>Resolves the conversation named in a request's route, after the caller's credential is checked.</summary>
public sealed class ConversationAccess(DirectLineAuthenticator authenticator, IDirectLineStore store)
{
    /// <summary>Returns the caller and the existing conversation of the <c>conversationId</c> route value.</summary>
    /// <exception cref="ApiErrorException">401/403 for the credential, 404 when the conversation does not exist.</exception>
    public async Task<(DirectLineCaller Caller, DirectLineConversation Conversation)> OpenAsync(HttpContext context, bool allowQueryToken = false)
    {
        ArgumentNullException.ThrowIfNull(context);
        var caller = await authenticator.AuthenticateAsync(context, allowQueryToken);
        var conversationId = context.Request.RouteValues["conversationId"] as string;
        if (!DirectLineIds.IsConversationId(conversationId))
        {
            throw UnknownConversation();
        }

        DirectLineAuthenticator.EnsureConversation(caller, conversationId!);
        var conversation = await store.GetConversationAsync(conversationId!, context.RequestAborted);
        return conversation is null ? throw UnknownConversation() : (caller, conversation);
    }

    private static ApiErrorException UnknownConversation() =>
        ApiErrorException.NotFound("The conversation does not exist. It may have ended or been deleted after the retention period; start a new one.");
}
