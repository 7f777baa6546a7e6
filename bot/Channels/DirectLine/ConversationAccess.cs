using HelpBot.Bot.Hosting;

namespace HelpBot.Bot.Channels.DirectLine;

/// <summary>Resolves the conversation named in a request's route, after the caller's credential is checked.</summary>
public sealed class ConversationAccess(DirectLineAuthenticator authenticator, IDirectLineStore store)
{
    /// <summary>Returns the caller and the existing conversation of the <c>conversationId</c> route value.</summary>
    /// <exception cref="ApiErrorException">401/403 for the credential, 404 when the conversation does not exist.</exception>
    public async Task<(DirectLineCaller Caller, DirectLineConversation Conversation)> OpenAsync(HttpContext context, bool allowQueryToken = false)
    {
        var (caller, conversationId, conversation) = await FindAsync(context, allowQueryToken);
        return conversation is null ? throw UnknownConversation() : (caller, conversation);
    }

    /// <summary>
    /// Returns the caller, the checked <c>conversationId</c> route value and its conversation, or null as the
    /// conversation when none has that id. A token's conversation id always equals the route value.
    /// </summary>
    /// <exception cref="ApiErrorException">401/403 for the credential, 404 when the id is malformed.</exception>
    public async Task<(DirectLineCaller Caller, string ConversationId, DirectLineConversation? Conversation)> FindAsync(HttpContext context, bool allowQueryToken = false)
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
        return (caller, conversationId!, conversation);
    }

    /// <summary>Returns the 404 error for a conversation that does not exist.</summary>
    public static ApiErrorException UnknownConversation() =>
        ApiErrorException.NotFound("The conversation does not exist. It may have ended or been deleted after the retention period; start a new one.");
}
