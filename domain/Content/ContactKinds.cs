namespace HelpBot.Domain.Content;

/// <summary>Values of <see cref="ContactPoint.Kind"/>; each kind has its own value format.</summary>
public static class ContactKinds
{
    /// <summary>A phone number written <c>1-NNN-NNN-NNNN</c>.</summary>
    public const string Phone = "phone";

    /// <summary>A relay service number such as <c>711</c>.</summary>
    public const string Relay = "relay";

    public const string Email = "email";

    /// <summary>An absolute web address.</summary>
    public const string Web = "web";

    /// <summary>A chat service; the value describes where to find it.</summary>
    public const string Chat = "chat";
}
