using System.ComponentModel.DataAnnotations;

namespace HelpBot.Runtime.Middleware;

/// <summary>When the bot shows that it is typing. Bound from the <c>Typing</c> configuration section.</summary>
public sealed class TypingOptions
{
    public const string SectionName = "Typing";

    /// <summary>
    /// How long a message turn runs before the first typing activity is sent. Faster turns send
    /// none, which saves one HTTP request per turn on the Bot Connector channel. Defaults to 400 ms.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:00:30")]
    public TimeSpan Delay { get; set; } = TimeSpan.FromMilliseconds(400);

    /// <summary>
    /// Time between typing activities while the turn runs. Clients show one for about 3 seconds,
    /// and the Activity protocol allows at most one every 3 seconds (2 seconds to avoid gaps).
    /// Defaults to 3 seconds.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:02", "00:01:00")]
    public TimeSpan Interval { get; set; } = TimeSpan.FromSeconds(3);
}
