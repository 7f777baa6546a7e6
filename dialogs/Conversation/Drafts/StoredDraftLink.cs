namespace HelpBot.Dialogs.Conversation.Drafts;

/// <summary>Where a stored draft can be downloaded, and until when.</summary>
/// <param name="Id">The draft's id: 22 base64url characters encoding 128 random bits.</param>
/// <param name="ExpiresAt">The time after which <see cref="IDraftStore.GetAsync"/> no longer returns it.</param>
public sealed record StoredDraftLink(string Id, DateTimeOffset ExpiresAt);
