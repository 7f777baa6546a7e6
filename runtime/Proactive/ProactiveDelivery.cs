namespace HelpBot.Runtime.Proactive;

/// <summary>What became of a proactive message.</summary>
public enum ProactiveDelivery
{
    /// <summary>The channel accepted the message.</summary>
    Sent,

    /// <summary>The message is kept and reaches the user when they next connect (web chat).</summary>
    Queued,

    /// <summary>No conversation with the user is known, so nothing was sent; trying again later may work.</summary>
    NoAddress,

    /// <summary>The channel refused or could not be reached; the caller should try again later.</summary>
    Failed,
}
