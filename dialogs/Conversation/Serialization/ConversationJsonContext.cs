using System.Text.Json.Serialization;
using HelpBot.Dialogs.Conversation.Drafts;
using HelpBot.Dialogs.Conversation.Markers;
using HelpBot.Dialogs.Conversation.State;

namespace HelpBot.Dialogs.Conversation.Serialization;

/// <summary>
/// Source-generated serializers for everything the conversation keeps in state or storage and for
/// the markers it sends, so no turn pays for reflection. Null properties are left out.
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(UserProfile))]
[JsonSerializable(typeof(ReportState))]
[JsonSerializable(typeof(UnfinishedReportLink))]
[JsonSerializable(typeof(bool))]
[JsonSerializable(typeof(string))]
[JsonSerializable(typeof(ChannelDataEnvelope))]
[JsonSerializable(typeof(HelpBotMarker))]
internal sealed partial class ConversationJsonContext : JsonSerializerContext;
