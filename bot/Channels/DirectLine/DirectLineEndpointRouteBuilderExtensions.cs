namespace HelpBot.Bot.Channels.DirectLine;

/// <summary>Maps the Direct Line 3.0 routes under <see cref="DirectLineUrls.RoutePrefix"/>.</summary>
public static class DirectLineEndpointRouteBuilderExtensions
{
    /// <summary>Maps every route that DirectLineJS and Web Chat call, with the Direct Line CORS policy.</summary>
    public static RouteGroupBuilder MapDirectLine(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        var services = endpoints.ServiceProvider;
        var tokens = services.GetRequiredService<TokenEndpoints>();
        var conversations = services.GetRequiredService<ConversationEndpoints>();
        var activities = services.GetRequiredService<ActivityEndpoints>();
        var uploads = services.GetRequiredService<UploadEndpoints>();
        var attachments = services.GetRequiredService<AttachmentEndpoints>();
        var stream = services.GetRequiredService<StreamEndpoint>();
        var session = services.GetRequiredService<SessionEndpoints>();

        var group = endpoints.MapGroup(DirectLineUrls.RoutePrefix).RequireCors(DirectLineCors.PolicyName);
        group.MapPost("/tokens/generate", tokens.GenerateAsync);
        group.MapPost("/tokens/refresh", tokens.RefreshAsync);
        group.MapPost("/conversations", conversations.StartAsync);
        group.MapGet("/conversations/{conversationId}", conversations.ReconnectAsync);
        group.MapPost("/conversations/{conversationId}/activities", activities.PostAsync);
        group.MapGet("/conversations/{conversationId}/activities", activities.GetAsync);
        group.MapPost("/conversations/{conversationId}/upload", uploads.PostAsync);
        group.MapGet("/conversations/{conversationId}/attachments/{attachmentId}", attachments.GetAsync);
        group.MapGet("/conversations/{conversationId}/stream", stream.HandleAsync);
        group.MapGet("/session/getsessionid", session.GetSessionIdAsync);
        return group;
    }
}
