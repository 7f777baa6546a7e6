using System.Buffers.Text;
using System.Globalization;
using System.Security.Cryptography;
using System.Text.RegularExpressions;
using HelpBot.Bot.Hosting;

namespace HelpBot.Bot.Channels.DirectLine;

/// <summary>Creates and checks the ids and watermarks of the embedded Direct Line server.</summary>
public static partial class DirectLineIds
{
    /// <summary>The prefix Direct Line reserves for user ids embedded in tokens.</summary>
    public const string UserIdPrefix = "dl_";

    /// <summary>Returns a new unguessable conversation id (22 URL-safe characters, 128 random bits).</summary>
    public static string NewConversationId() => NewRandomId(16);

    /// <summary>Returns a new user id: <c>dl_</c> and 96 random bits.</summary>
    public static string NewUserId() => UserIdPrefix + NewRandomId(12);

    /// <summary>Returns a new unguessable attachment id; its URL works without a token, so it must stay secret.</summary>
    public static string NewAttachmentId() => NewRandomId(16);

    /// <summary>Returns the id of the activity at <paramref name="sequence"/>: <c>{conversationId}|{sequence:D7}</c>.</summary>
    public static string ActivityId(string conversationId, long sequence) =>
        string.Create(CultureInfo.InvariantCulture, $"{conversationId}|{sequence:D7}");

    /// <summary>Returns the watermark of the activity at <paramref name="sequence"/>.</summary>
    public static string Watermark(long sequence) => sequence.ToString(CultureInfo.InvariantCulture);

    /// <summary>
    /// Parses a watermark. Returns null when it is missing or empty, which clients send before they
    /// have received anything.
    /// </summary>
    /// <exception cref="ApiErrorException">400 when it is not a watermark this server issued.</exception>
    public static long? ParseWatermark(string? watermark)
    {
        if (string.IsNullOrEmpty(watermark))
        {
            return null;
        }

        if (!long.TryParse(watermark, NumberStyles.None, CultureInfo.InvariantCulture, out var sequence))
        {
            throw ApiErrorException.BadArgument("The watermark is invalid. Send the watermark of an earlier ActivitySet, or none.");
        }

        return sequence;
    }

    /// <summary>Whether <paramref name="conversationId"/> has the shape of an id this server creates.</summary>
    public static bool IsConversationId(string? conversationId) =>
        conversationId is not null && ConversationIdPattern().IsMatch(conversationId);

    /// <summary>Whether <paramref name="userId"/> may be embedded in a token: <c>dl_</c> and up to 128 safe characters.</summary>
    public static bool IsUserId(string? userId) =>
        userId is not null && UserIdPattern().IsMatch(userId);

    private static string NewRandomId(int byteCount)
    {
        Span<byte> bytes = stackalloc byte[byteCount];
        RandomNumberGenerator.Fill(bytes);
        return Base64Url.EncodeToString(bytes);
    }

    [GeneratedRegex("^[A-Za-z0-9_-]{8,64}$", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 100)]
    private static partial Regex ConversationIdPattern();

    [GeneratedRegex("^dl_[A-Za-z0-9_.:@-]{1,125}$", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 100)]
    private static partial Regex UserIdPattern();
}
