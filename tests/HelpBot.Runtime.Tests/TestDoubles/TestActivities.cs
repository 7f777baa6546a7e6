using HelpBot.Protocol.Models;

namespace HelpBot.Runtime.Tests.TestDoubles;

/// <summary>Inbound activities with fake ids.</summary>
internal static class TestActivities
{
    public static Activity Create(string type = ActivityTypes.Message, string conversationId = "conv-1", string? text = "hello") => new()
    {
        Type = type,
        Id = "activity-1",
        ChannelId = ChannelIds.Test,
        Conversation = new ConversationAccount { Id = conversationId },
        From = new ChannelAccount { Id = "user-1", Name = "Dana Testperson" },
        Recipient = new ChannelAccount { Id = "bot-1" },
        Text = text,
    };
}
