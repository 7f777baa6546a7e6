using System.Text;

namespace HelpBot.Benchmarks.Micro;

/// <summary>
/// Builds the request bodies that benchmarks/turns/message.lua sends: a message with the given text,
/// in one of <c>conversations</c> conversations, or in a new conversation on every
/// <c>newEvery</c>th turn (0: never).
/// </summary>
public sealed class ActivitySource(string runTag, int conversations, int newEvery, string text)
{
    private int _counter;

    /// <summary>Returns the UTF-8 JSON body of the next activity.</summary>
    public byte[] Next()
    {
        _counter++;
        var conversation = newEvery > 0 && _counter % newEvery == 0
            ? $"{runTag}-new-{_counter}"
            : $"{runTag}-conv-{(_counter * 7919 % conversations) + 1}";
        var json = "{\"type\":\"message\",\"id\":\"act-" + _counter + "\",\"channelId\":\"emulator\",\"serviceUrl\":\"http://127.0.0.1:9\"," +
            "\"from\":{\"id\":\"user-" + conversation + "\",\"name\":\"Dana Testperson\",\"role\":\"user\"}," +
            "\"recipient\":{\"id\":\"helpbot\",\"name\":\"HelpBot\",\"role\":\"bot\"}," +
            "\"conversation\":{\"id\":\"" + conversation + "\"},\"locale\":\"en-US\",\"textFormat\":\"plain\",\"text\":\"" + text + "\"}";
        return Encoding.UTF8.GetBytes(json);
    }
}
