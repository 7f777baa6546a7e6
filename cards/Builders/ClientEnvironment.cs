namespace HelpBot.Cards.Builders;

/// <summary>What the chat client reported about the user's computer, used to prefill answers.</summary>
/// <param name="Os">Operating system, such as "Windows".</param>
/// <param name="Device">Mobile device, such as "iPhone"; null on a computer.</param>
/// <param name="Browser">Browser, such as "Chrome".</param>
public sealed record ClientEnvironment(string? Os, string? Device, string? Browser);
