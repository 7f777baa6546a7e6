namespace HelpBot.Bot.Channels.DirectLine;

/// <summary>What a Direct Line token grants: one user in one conversation until it expires.</summary>
/// <param name="ConversationId">The only conversation the token opens.</param>
/// <param name="UserId">The user every posted activity is sent from.</param>
/// <param name="ChannelId">The channel id of the conversation's turns: <c>webchat</c> for the page's tokens, else <c>directline</c>.</param>
/// <param name="ExpiresAt">When the token stops working.</param>
public sealed record DirectLineTokenClaims(string ConversationId, string UserId, string ChannelId, DateTimeOffset ExpiresAt);
