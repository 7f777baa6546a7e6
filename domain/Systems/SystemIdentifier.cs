using HelpBot.Domain.Content;

namespace HelpBot.Domain.Systems;

/// <summary>
/// Decides which system a web address or a message is about, from the hosts and names in the content file.
/// </summary>
public sealed partial class SystemIdentifier
{
    private readonly DeskAidContent _content;

    public SystemIdentifier(DeskAidContent content)
    {
        ArgumentNullException.ThrowIfNull(content);
        _content = content;
    }

    /// <summary>
    /// Identifies the system from a web address (scheme optional) or, when the text holds no
    /// address, from system names in it.
    /// </summary>
    public SystemMatch Identify(string? addressOrText) => throw new NotImplementedException();
}
