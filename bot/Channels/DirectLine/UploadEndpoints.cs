using HelpBot.Bot.Hosting;
using HelpBot.Protocol.Models;
using HelpBot.Protocol.Serialization;

namespace HelpBot.Bot.Channels.DirectLine;

/// <summary>
/// <c>POST /conversations/{id}/upload?userId=</c>: stores the files with the conversation and sends
/// the bot a message whose attachments point at their private URLs. The stored file name has its
/// identifiers replaced (<see cref="TranscriptRedactor.RedactFileName"/>); the bot's turn gets the name as sent.
/// </summary>
public sealed class UploadEndpoints(
    ConversationAccess access,
    UploadReader reader,
    IDirectLineStore store,
    DirectLineConversationService conversations,
    DirectLineUrls urls,
    TranscriptRedactor redactor,
    ILogger<UploadEndpoints> logger)
{
    public async Task PostAsync(HttpContext context)
    {
        var (caller, conversation) = await access.OpenAsync(context);
        var upload = await reader.ReadAsync(context);
        if (upload.Files.Count == 0)
        {
            throw ApiErrorException.MissingProperty("The upload has no file. Send a file as the body, or as a part of multipart/form-data.");
        }

        var activity = upload.Activity ?? new Activity();
        activity.Type ??= ActivityTypes.Message;
        if (activity.Type != ActivityTypes.Message)
        {
            throw ApiErrorException.BadArgument("The activity part of an upload must be a message.");
        }

        var userId = ResolveUserId(context, caller, activity);
        activity.Attachments = await StoreFilesAsync(context, conversation.Id, upload.Files);
        var totalBytes = upload.Files.Sum(file => (long)file.Content.Length);
        logger.DirectLineUploadStored(conversation.Id, upload.Files.Count, totalBytes);

        var id = await conversations.PostAsync(conversation, activity, userId, urls.GetBaseUri(context.Request), context.RequestAborted);
        await JsonResponse.WriteAsync(context, StatusCodes.Status200OK, new ResourceResponse(id), ProtocolJsonContext.Default.ResourceResponse);
    }

    private async Task<List<Attachment>> StoreFilesAsync(HttpContext context, string conversationId, IReadOnlyList<UploadedFile> files)
    {
        var stored = files.Select(file => new StoredAttachment(
            conversationId, DirectLineIds.NewAttachmentId(), file.ContentType, redactor.RedactFileName(file.Name), file.Content)).ToList();
        await store.SaveAttachmentsAsync(stored, context.RequestAborted);
        return [.. files.Zip(stored, (file, saved) => new Attachment
        {
            ContentType = file.ContentType,
            ContentUrl = urls.GetAttachmentUrl(context.Request, conversationId, saved.Id),
            Name = file.Name,
        })];
    }

    // A token fixes the user; with the secret the userId query parameter or from.id names it.
    private static string ResolveUserId(HttpContext context, DirectLineCaller caller, Activity activity)
    {
        if (caller.Token is { } token)
        {
            return token.UserId;
        }

        var userId = context.Request.Query["userId"].ToString();
        userId = string.IsNullOrEmpty(userId) ? activity.From?.Id : userId;
        return string.IsNullOrEmpty(userId)
            ? throw ApiErrorException.MissingProperty("The upload names no user. Add the userId query parameter.")
            : userId;
    }
}
