namespace HelpBot.Dialogs.Conversation.Clients;

/// <summary>What a user agent string tells about the user's computer or phone.</summary>
/// <param name="OperatingSystem">Such as <c>Windows</c>, <c>macOS</c>, <c>iOS</c>; null when unknown.</param>
/// <param name="Browser">Browser and major version, such as <c>Chrome 126</c>; null when unknown.</param>
/// <param name="Device">Mobile device kind, such as <c>iPhone</c>; null on a computer or when unknown.</param>
public sealed record ClientEnvironment(string? OperatingSystem, string? Browser, string? Device);
