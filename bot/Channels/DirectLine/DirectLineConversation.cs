namespace HelpBot.Bot.Channels.DirectLine;

/// <summary>A started Direct Line conversation as the store keeps it.</summary>
/// <param name="Id">The conversation id.</param>
/// <param name="ChannelId">The channel id of the conversation's turns (<c>webchat</c> or <c>directline</c>).</param>
/// <param name="CreatedAt">When the conversation started.</param>
/// <param name="UpdatedAt">When an activity was last added; retention counts from here.</param>
/// <param name="LastSequence">Sequence number of the newest activity; 0 when there is none.</param>
public sealed record DirectLineConversation(string Id, string ChannelId, DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt, long LastSequence);
