using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using HelpBot.Protocol.Models;
using HelpBot.Protocol.Serialization;

namespace HelpBot.Bot.Channels.Teams;

/// <summary>
/// Splits a message that is over Teams' size budget into several smaller ones. Teams counts a
/// message in UTF-16, so the size here is twice the character count of the activity's JSON. Text
/// and attachments go in separate messages. Long text is cut at paragraph, line or word breaks. An
/// Adaptive Card's body is spread over several cards, with the actions on the last one.
/// </summary>
/// <remarks>
/// NOTE: Inputs that end up in an earlier part of a split card are not submitted with the last
/// part's actions. HelpBot's only card long enough to split (the e-mail draft) keeps its input in a
/// Action.ShowCard, which stays with the actions.
/// </remarks>
public static class TeamsMessageSplitter
{
    /// <summary>Returns <paramref name="activity"/> alone when it fits, otherwise the parts to send in order.</summary>
    public static IReadOnlyList<Activity> Split(Activity activity, int maxBytes)
    {
        ArgumentNullException.ThrowIfNull(activity);
        if (activity.Type != ActivityTypes.Message || SizeOf(activity) <= maxBytes)
        {
            return [activity];
        }

        var hasText = !string.IsNullOrEmpty(activity.Text);
        var attachments = activity.Attachments ?? [];
        if (hasText && attachments.Count > 0 || attachments.Count > 1)
        {
            var parts = new List<Activity>();
            if (hasText)
            {
                parts.AddRange(Split(CopyWith(activity, activity.Text, null), maxBytes));
            }

            foreach (var attachment in attachments)
            {
                parts.AddRange(Split(CopyWith(activity, null, [attachment]), maxBytes));
            }

            return parts;
        }

        return hasText ? SplitText(activity, maxBytes) : SplitCard(activity, attachments[0], maxBytes);
    }

    /// <summary>The size Teams counts: UTF-16 bytes of the activity's JSON.</summary>
    public static int SizeOf(Activity activity)
    {
        var json = JsonSerializer.SerializeToUtf8Bytes(activity, ProtocolJsonContext.Default.Activity);
        return Encoding.UTF8.GetCharCount(json) * 2;
    }

    private static List<Activity> SplitText(Activity activity, int maxBytes)
    {
        var overhead = SizeOf(CopyWith(activity, "", null));

        // JSON escapes can double a character, so the budget assumes the worst case.
        var maxChars = Math.Max(1, (maxBytes - overhead) / 4);
        return [.. TextChunks(activity.Text!, maxChars).Select(chunk => CopyWith(activity, chunk, null))];
    }

    private static List<Activity> SplitCard(Activity activity, Attachment attachment, int maxBytes)
    {
        if (attachment.ContentType != ContentTypes.AdaptiveCard || attachment.Content is not { ValueKind: JsonValueKind.Object } content
            || JsonNode.Parse(content.GetRawText()) is not JsonObject card || card["body"] is not JsonArray body)
        {
            // Other content cannot be split; the channel decides whether it fits.
            return [activity];
        }

        var empty = CardWith(card, [], withActions: true);
        var budget = maxBytes - SizeOf(CopyWith(activity, null, [ToAttachment(attachment, empty)]));
        var chunks = PackElements(ExpandLongTextBlocks(body, budget), budget);
        return [.. chunks.Select((chunk, index) =>
            CopyWith(activity, null, [ToAttachment(attachment, CardWith(card, chunk, withActions: index == chunks.Count - 1))]))];
    }

    private static List<List<JsonNode>> PackElements(List<JsonNode> elements, int budget)
    {
        var chunks = new List<List<JsonNode>> { new() };
        var used = 0;
        foreach (var element in elements)
        {
            var size = element.ToJsonString().Length * 2;
            if (used + size > budget && chunks[^1].Count > 0)
            {
                chunks.Add([]);
                used = 0;
            }

            chunks[^1].Add(element);
            used += size;
        }

        return chunks;
    }

    // A single TextBlock longer than the budget becomes several TextBlocks with the same style.
    private static List<JsonNode> ExpandLongTextBlocks(JsonArray body, int budget)
    {
        var elements = new List<JsonNode>();
        foreach (var element in body.Where(element => element is not null).Select(element => element!.DeepClone()))
        {
            if (element.ToJsonString().Length * 2 <= budget || element is not JsonObject block
                || (string?)block["type"] != "TextBlock" || block["text"] is not JsonValue textValue || !textValue.TryGetValue<string>(out var text))
            {
                elements.Add(element);
                continue;
            }

            var maxChars = Math.Max(1, budget / 4 - 200);
            foreach (var chunk in TextChunks(text, maxChars))
            {
                var copy = (JsonObject)block.DeepClone();
                copy["text"] = chunk;
                copy.Remove("id");
                elements.Add(copy);
            }
        }

        return elements;
    }

    /// <summary>Cuts <paramref name="text"/> into pieces of at most <paramref name="maxChars"/>, preferring paragraph, line and word breaks.</summary>
    public static IEnumerable<string> TextChunks(string text, int maxChars)
    {
        ArgumentNullException.ThrowIfNull(text);
        var start = 0;
        while (text.Length - start > maxChars)
        {
            var window = text.AsSpan(start, maxChars);
            var cut = BestBreak(window);
            yield return text.Substring(start, cut).TrimEnd();
            start += cut;
            while (start < text.Length && char.IsWhiteSpace(text[start]))
            {
                start++;
            }
        }

        if (start < text.Length)
        {
            yield return text[start..];
        }
    }

    // The last paragraph, line or word break in the second half of the window, else a hard cut
    // that never separates a surrogate pair.
    private static int BestBreak(ReadOnlySpan<char> window)
    {
        foreach (var separator in new[] { "\n\n", "\n", " " })
        {
            var index = window.LastIndexOf(separator, StringComparison.Ordinal);
            if (index >= window.Length / 2)
            {
                return index + separator.Length;
            }
        }

        return char.IsHighSurrogate(window[^1]) ? window.Length - 1 : window.Length;
    }

    private static JsonObject CardWith(JsonObject card, List<JsonNode> body, bool withActions)
    {
        var copy = (JsonObject)card.DeepClone();
        copy["body"] = new JsonArray([.. body.Select(element => element.DeepClone())]);
        if (!withActions)
        {
            copy.Remove("actions");
        }

        return copy;
    }

    private static Attachment ToAttachment(Attachment original, JsonObject card)
    {
        using var document = JsonDocument.Parse(card.ToJsonString());
        return new Attachment { ContentType = original.ContentType, Name = original.Name, Content = document.RootElement.Clone() };
    }

    private static Activity CopyWith(Activity activity, string? text, List<Attachment>? attachments) => new()
    {
        Type = activity.Type,
        ChannelId = activity.ChannelId,
        Conversation = activity.Conversation,
        From = activity.From,
        Recipient = activity.Recipient,
        ReplyToId = activity.ReplyToId,
        Locale = activity.Locale,
        Summary = activity.Summary,
        TextFormat = text is null ? null : activity.TextFormat,
        Text = text,
        Attachments = attachments,
        AttachmentLayout = attachments is null ? null : activity.AttachmentLayout,
        Entities = text is null ? null : activity.Entities,
        ChannelData = activity.ChannelData,
        InputHint = activity.InputHint,
        Importance = activity.Importance,
    };
}
